namespace Matchmaking.Core.Domain;

/// <summary>One notification POSTed to one endpoint, with what happened (the delivery log). Unique on (endpoint, notification).</summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; }

    public Guid EndpointId { get; set; }

    public Guid NotificationId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The JSON body exactly as signed and sent.</summary>
    public required string Body { get; set; }

    public DeliveryState State { get; set; }

    /// <summary>HTTP attempts made, retries included, over all replays.</summary>
    public int Attempts { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
