namespace Matchmaking.Core.Domain;

/// <summary>A URL a user wants events POSTed to, signed with its own secret (Webhook 端点).</summary>
public sealed class WebhookEndpoint
{
    public Guid Id { get; set; }

    public required string OwnerSubject { get; set; }

    public required string Url { get; set; }

    /// <summary>The HMAC-SHA256 key the receiver verifies signatures with; shown once, when the endpoint is made.</summary>
    public required string Secret { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Deliveries that failed after all their retries, in a row; reaching the limit disables the endpoint.</summary>
    public int ConsecutiveFailures { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
