using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Who "me" is for a listing: the demand's enterprise owner, the achievement's owner and its team's
/// experts' owners, the expert profile's owner. Listings nobody owns (the imported seed set) have no one.
/// </summary>
public static class ListingOwners
{
    public static async Task<IReadOnlyList<string>> OfAsync(MatchmakingDbContext db, ListingKind kind, Guid id, CancellationToken ct)
    {
        List<string?> owners = kind switch
        {
            ListingKind.Demand => await db.Demands.AsNoTracking().Where(d => d.Id == id)
                .Select(d => db.Enterprises.Where(e => e.Id == d.EnterpriseId).Select(e => e.OwnerSubject).FirstOrDefault()).ToListAsync(ct),
            ListingKind.Expert => await db.Experts.AsNoTracking().Where(e => e.Id == id).Select(e => e.OwnerSubject).ToListAsync(ct),
            ListingKind.Enterprise => await db.Enterprises.AsNoTracking().Where(e => e.Id == id).Select(e => e.OwnerSubject).ToListAsync(ct),
            ListingKind.Achievement => await AchievementOwnersAsync(db, id, ct),
            _ => [],
        };
        return owners.OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Both sides of a match: the demand's owner and the candidate's.</summary>
    public static async Task<IReadOnlyList<string>> OfMatchAsync(MatchmakingDbContext db, Match match, CancellationToken ct)
    {
        var demand = await OfAsync(db, ListingKind.Demand, match.DemandId, ct);
        var candidate = await OfAsync(db, match.CandidateKind == CandidateKind.Expert ? ListingKind.Expert : ListingKind.Achievement, match.CandidateId, ct);
        return demand.Concat(candidate).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when <paramref name="subject"/> is one of the listing's owners.</summary>
    public static async Task<bool> IsOwnerAsync(MatchmakingDbContext db, ListingKind kind, Guid id, string subject, CancellationToken ct) =>
        (await OfAsync(db, kind, id, ct)).Contains(subject, StringComparer.Ordinal);

    private static async Task<List<string?>> AchievementOwnersAsync(MatchmakingDbContext db, Guid id, CancellationToken ct)
    {
        var achievement = await db.Achievements.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.OwnerSubject, a.TeamExpertIds }).FirstOrDefaultAsync(ct);
        if (achievement is null)
        {
            return [];
        }

        var team = achievement.TeamExpertIds;
        var experts = team.Count == 0 ? [] : await db.Experts.AsNoTracking().Where(e => team.Contains(e.Id)).Select(e => e.OwnerSubject).ToListAsync(ct);
        return [achievement.OwnerSubject, .. experts];
    }
}
