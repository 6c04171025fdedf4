namespace Matchmaking.Core.Domain;

/// <summary>One listing told to one subscription. Unique on (subscription, listing): the at-most-once guard.</summary>
public sealed class DigestDelivery
{
    public long Id { get; set; }

    public Guid SubscriptionId { get; set; }

    public ListingKind ListingKind { get; set; }

    public Guid ListingId { get; set; }

    public double Score { get; set; }

    public Guid NotificationId { get; set; }

    public DateTimeOffset DeliveredAt { get; set; }
}
