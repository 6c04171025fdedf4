using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Users;

/// <summary>
/// Claiming a seeded enterprise or expert profile is a reviewed request: the user asks, an admin approves or rejects.
/// Approval sets the owner in one conditional UPDATE, so a profile never gets two owners (ALREADY_OWNED otherwise).
/// </summary>
public sealed class ProfileClaimService(MatchmakingDbContext db, TimeProvider clock)
{
    public async Task<ProfileClaim> RequestAsync(ListingKind kind, Guid listingId, string subject, string? note, CancellationToken ct)
    {
        MatchHistory.CheckNote(note);
        string? owner = await OwnerAsync(kind, listingId, ct);
        if (owner is not null)
        {
            throw new DomainException(ErrorCodes.AlreadyOwned, owner == subject ? "you own this profile already." : "this profile has an owner; ask an admin if it is yours.", "listingId");
        }

        if (await db.ProfileClaims.AnyAsync(c => c.ListingId == listingId && c.Subject == subject && c.Status == ClaimStatus.Pending, ct))
        {
            throw new DomainException(ErrorCodes.Duplicate, "you have a pending claim on this profile already.", "listingId");
        }

        var claim = new ProfileClaim { Id = Guid.CreateVersion7(), ListingKind = kind, ListingId = listingId, Subject = subject, Note = note, Status = ClaimStatus.Pending, CreatedAt = Timestamps.Stored(clock.GetUtcNow()) };
        db.ProfileClaims.Add(claim);
        await db.SaveChangesAsync(ct);
        return claim;
    }

    public async Task<ProfileClaim> ReviewAsync(Guid claimId, bool approve, string? note, string admin, CancellationToken ct)
    {
        MatchHistory.CheckNote(note);
        var claim = await db.ProfileClaims.FirstOrDefaultAsync(c => c.Id == claimId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the claim does not exist.", "claimId");
        if (claim.Status != ClaimStatus.Pending)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"the claim was {WireNames.Of(claim.Status)} already.", "claimId");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (approve)
        {
            int changed = claim.ListingKind == ListingKind.Enterprise
                ? await db.Enterprises.Where(e => e.Id == claim.ListingId && e.OwnerSubject == null).ExecuteUpdateAsync(s => s.SetProperty(e => e.OwnerSubject, claim.Subject), ct)
                : await db.Experts.Where(e => e.Id == claim.ListingId && e.OwnerSubject == null).ExecuteUpdateAsync(s => s.SetProperty(e => e.OwnerSubject, claim.Subject), ct);
            if (changed == 0)
            {
                throw new DomainException(ErrorCodes.AlreadyOwned, "the profile has an owner now (another claim was approved first); reject this one.", "claimId");
            }
        }

        claim.Status = approve ? ClaimStatus.Approved : ClaimStatus.Rejected;
        claim.ReviewerSubject = admin;
        claim.ReviewNote = note;
        claim.ReviewedAt = Timestamps.Stored(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return claim;
    }

    private async Task<string?> OwnerAsync(ListingKind kind, Guid id, CancellationToken ct)
    {
        var owner = kind switch
        {
            ListingKind.Enterprise => await db.Enterprises.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.OwnerSubject }).FirstOrDefaultAsync(ct),
            ListingKind.Expert => await db.Experts.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.OwnerSubject }).FirstOrDefaultAsync(ct),
            _ => throw new DomainException(ErrorCodes.InvalidId, "only enterprise and expert profiles can be claimed.", "listingId"),
        };
        return owner is null ? throw new DomainException(ErrorCodes.NotFound, "the profile does not exist.", "listingId") : owner.OwnerSubject;
    }
}
