using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Users' subscriptions: to a saved search of theirs, to "demands matching my expert profile / my achievement",
/// or to "achievements and experts matching my demand". Digests start from now: a new subscription looks only
/// at listings written after it was made.
/// </summary>
public sealed class SubscriptionService(MatchmakingDbContext db, TimeProvider clock, IOptions<NotificationOptions> options)
{
    public async Task<Subscription> SubscribeAsync(string ownerSubject, SubscriptionSpec spec, CancellationToken ct)
    {
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(),
            OwnerSubject = ownerSubject,
            Frequency = spec.Frequency,
            MinScore = spec.MinScore ?? options.Value.DefaultMinScore,
            EmailEnabled = spec.EmailEnabled,
            CreatedAt = clock.GetUtcNow(),
            LastSequence = await db.ChangeLogHeadAsync(ct),
        };
        if (spec.SavedSearchId is { } searchId)
        {
            if (spec.ListingId is not null)
            {
                throw new ValidationException([new("listingId", ErrorCodes.BadUserInput, "name either a saved search or a listing, not both.")]);
            }

            if (!await db.SavedSearches.AnyAsync(s => s.Id == searchId && s.OwnerSubject == ownerSubject, ct))
            {
                throw new DomainException(ErrorCodes.NotFound, "the saved search does not exist.", "savedSearchId");
            }

            subscription.Source = SubscriptionSource.SavedSearch;
            subscription.SavedSearchId = searchId;
        }
        else if (spec is { ListingKind: { } kind, ListingId: { } listingId })
        {
            if (kind is not (ListingKind.Demand or ListingKind.Achievement or ListingKind.Expert))
            {
                throw new ValidationException([new("listingId", ErrorCodes.BadUserInput, "subscribe to a demand, an achievement or an expert profile.")]);
            }

            if (!await ListingOwners.IsOwnerAsync(db, kind, listingId, ownerSubject, ct))
            {
                throw new DomainException(ErrorCodes.Forbidden, "only a listing's owner may subscribe to its matches.", "listingId");
            }

            subscription.Source = SubscriptionSource.Listing;
            subscription.ListingKind = kind;
            subscription.ListingId = listingId;
        }
        else
        {
            throw new ValidationException([new("savedSearchId", ErrorCodes.Required, "name a saved search or a listing to subscribe to.")]);
        }

        CheckScore(subscription.MinScore);
        if (await db.Subscriptions.CountAsync(s => s.OwnerSubject == ownerSubject, ct) >= options.Value.MaxSubscriptionsPerUser)
        {
            throw new DomainException(ErrorCodes.TooMany, $"at most {options.Value.MaxSubscriptionsPerUser} subscriptions per user.");
        }

        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        return subscription;
    }

    public async Task<Subscription> UpdateAsync(string ownerSubject, Guid id, DigestFrequency? frequency, double? minScore, bool? emailEnabled, bool? active, CancellationToken ct)
    {
        var subscription = await FindAsync(ownerSubject, id, ct);
        subscription.Frequency = frequency ?? subscription.Frequency;
        subscription.MinScore = minScore ?? subscription.MinScore;
        subscription.EmailEnabled = emailEnabled ?? subscription.EmailEnabled;
        if (active is { } on && on != subscription.Active)
        {
            subscription.Active = on;

            // A paused subscription resumes from now, not with everything written while it was off.
            subscription.LastSequence = on ? await db.ChangeLogHeadAsync(ct) : subscription.LastSequence;
        }

        CheckScore(subscription.MinScore);
        await db.SaveChangesAsync(ct);
        return subscription;
    }

    public async Task DeleteAsync(string ownerSubject, Guid id, CancellationToken ct)
    {
        db.Subscriptions.Remove(await FindAsync(ownerSubject, id, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The owner's subscriptions; the caller orders and pages them.</summary>
    public IQueryable<Subscription> Query(string ownerSubject) => db.Subscriptions.AsNoTracking().Where(s => s.OwnerSubject == ownerSubject);

    /// <summary>The unsubscribe link: stops the subscription's e-mails (in-app notifications go on). False when it no longer exists.</summary>
    public async Task<bool> StopEmailAsync(Guid id, CancellationToken ct) =>
        await db.Subscriptions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailEnabled, false), ct) > 0;

    private async Task<Subscription> FindAsync(string ownerSubject, Guid id, CancellationToken ct) =>
        await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == id && s.OwnerSubject == ownerSubject, ct)
        ?? throw new DomainException(ErrorCodes.NotFound, "the subscription does not exist.", "id");

    private static void CheckScore(double score)
    {
        if (!double.IsFinite(score) || score < 0)
        {
            throw new ValidationException([new("minScore", ErrorCodes.BadUserInput, "minScore must be a number of at least 0.")]);
        }
    }
}
