using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Listings;

/// <summary>
/// Writes listings: validates, stores, and (through the DbContext) appends the change log in the same
/// transaction. Nothing is stored when validation fails.
/// </summary>
public sealed class ListingService(MatchmakingDbContext db, TimeProvider clock, IListingChangeNotifier notifier)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Enterprise> RegisterEnterpriseAsync(Enterprise enterprise, CancellationToken ct)
    {
        enterprise.CreditCode = enterprise.CreditCode?.Trim().ToUpperInvariant() ?? "";
        ListingValidator.Validate(enterprise);
        if (await db.Enterprises.AnyAsync(e => e.CreditCode == enterprise.CreditCode, ct))
        {
            throw new DomainException(ErrorCodes.Duplicate, $"an enterprise with credit code {enterprise.CreditCode} is already registered.", "creditCode");
        }

        return await AddAsync(enterprise, ct);
    }

    public async Task<Demand> PostDemandAsync(Demand demand, CancellationToken ct)
    {
        ListingValidator.Validate(demand, Today);
        if (!await db.Enterprises.AnyAsync(e => e.Id == demand.EnterpriseId, ct))
        {
            throw new DomainException(ErrorCodes.NotFound, "the enterprise does not exist.", "enterpriseId");
        }

        demand.Status = DemandStatus.Open;
        return await AddAsync(demand, ct);
    }

    public async Task<Demand> UpdateDemandAsync(Guid id, Action<Demand> change, CancellationToken ct)
    {
        var demand = await db.Demands.FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the demand does not exist.", "id");
        DateOnly? deadline = demand.Deadline;
        change(demand);
        ListingValidator.Validate(demand, Today, checkDeadline: demand.Deadline != deadline);
        if (demand.Status == DemandStatus.Expired && demand.Deadline != deadline && (demand.Deadline is null || demand.Deadline >= Today))
        {
            // A later deadline (or none) reopens an expired demand; a closed one stays closed.
            demand.Status = DemandStatus.Open;
        }

        return await SaveAsync(demand, ct);
    }

    /// <summary>
    /// Marks open demands whose deadline has passed EXPIRED, in batches, each batch one transaction with its
    /// change-log rows (so every node's index drops them). Idempotent: a second run finds nothing.
    /// </summary>
    public async Task<int> ExpireDemandsAsync(CancellationToken ct)
    {
        DateOnly today = Today;
        int expired = 0;
        while (true)
        {
            var batch = await db.Demands.Where(d => d.Status == DemandStatus.Open && d.Deadline != null && d.Deadline < today).Take(500).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return expired;
            }

            batch.ForEach(d => d.Status = DemandStatus.Expired);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            expired += batch.Count;
            notifier.ListingsChanged();
        }
    }

    public Task<Demand> CloseDemandAsync(Guid id, CancellationToken ct) =>
        UpdateDemandAsync(id, d => d.Status = DemandStatus.Closed, ct);

    public async Task<Achievement> PublishAchievementAsync(Achievement achievement, CancellationToken ct)
    {
        ListingValidator.Validate(achievement);
        achievement.Status = AchievementStatus.Published;
        return await AddAsync(achievement, ct);
    }

    public async Task<Achievement> UpdateAchievementAsync(Guid id, Action<Achievement> change, CancellationToken ct)
    {
        var achievement = await db.Achievements.FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the achievement does not exist.", "id");
        change(achievement);
        ListingValidator.Validate(achievement);
        return await SaveAsync(achievement, ct);
    }

    public async Task<Expert> UpsertExpertAsync(Expert expert, CancellationToken ct)
    {
        ListingValidator.Validate(expert);
        var existing = expert.Id == Guid.Empty ? null : await db.Experts.FirstOrDefaultAsync(e => e.Id == expert.Id, ct);
        if (existing is null)
        {
            return await AddAsync(expert, ct);
        }

        db.Entry(existing).CurrentValues.SetValues(expert);
        existing.Keywords = expert.Keywords;
        existing.ResearchFields = expert.ResearchFields;
        existing.Contact = expert.Contact;
        return await SaveAsync(existing, ct);
    }

    private async Task<T> AddAsync<T>(T listing, CancellationToken ct)
        where T : class, IListing
    {
        if (listing.Id == Guid.Empty)
        {
            listing.Id = Guid.CreateVersion7();
        }

        db.Add(listing);
        return await SaveAsync(listing, ct);
    }

    private async Task<T> SaveAsync<T>(T listing, CancellationToken ct)
        where T : class, IListing
    {
        await db.SaveChangesAsync(ct);
        notifier.ListingsChanged();
        return listing;
    }
}
