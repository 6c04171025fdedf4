namespace Matchmaking.Core.Domain;

/// <summary>
/// One event told to one user (通知), written in the transaction of the event itself: it is the outbox the
/// mail and webhook dispatchers read. Unique on (recipient, event key): an event is told to a user once.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public required string RecipientSubject { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>Identifies the event, e.g. "match-advanced:{match}:{stage}" or "digest:{subscription}:{sequence}".</summary>
    public required string EventKey { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>What the event is about: "Match", "Deal", "Payment", "Subscription".</summary>
    public required string SubjectKind { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>The event's data as JSON (the webhook body's <c>data</c>).</summary>
    public string Data { get; set; } = "{}";

    public DeliveryState EmailState { get; set; }

    public string? EmailError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
