namespace Matchmaking.Core.Domain;

/// <summary>
/// A standing request to hear about new matching listings (订阅): a saved search, or one of the subscriber's
/// own listings (an expert profile or achievement → new demands; a demand → new achievements and experts).
/// </summary>
public sealed class Subscription
{
    public Guid Id { get; set; }

    public required string OwnerSubject { get; set; }

    public SubscriptionSource Source { get; set; }

    /// <summary>The saved search run, when <see cref="Source"/> is SavedSearch.</summary>
    public Guid? SavedSearchId { get; set; }

    /// <summary>The listing turned into a query, when <see cref="Source"/> is Listing.</summary>
    public ListingKind? ListingKind { get; set; }

    public Guid? ListingId { get; set; }

    public DigestFrequency Frequency { get; set; }

    /// <summary>Hits at or below this pipeline score are not delivered.</summary>
    public double MinScore { get; set; }

    /// <summary>Digests also go out by e-mail; the unsubscribe link turns this off.</summary>
    public bool EmailEnabled { get; set; } = true;

    public bool Active { get; set; } = true;

    /// <summary>The change-log sequence through which listings have been considered; the next digest looks past it.</summary>
    public long LastSequence { get; set; }

    public DateTimeOffset? LastDigestAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
