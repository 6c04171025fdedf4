using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Notifications;

/// <summary>What a user subscribes to: a saved search of theirs, or a listing of theirs.</summary>
public sealed record SubscriptionSpec(Guid? SavedSearchId, ListingKind? ListingKind, Guid? ListingId, DigestFrequency Frequency)
{
    /// <summary>Null: <see cref="NotificationOptions.DefaultMinScore"/>.</summary>
    public double? MinScore { get; init; }

    public bool EmailEnabled { get; init; } = true;
}
