namespace Matchmaking.Core.Domain;

/// <summary>Money received on a deal (or refunded). Recorded once per idempotency key; never updated after settlement.</summary>
public sealed class Payment
{
    public Guid Id { get; set; }

    public Guid DealId { get; set; }

    public PaymentKind PaymentKind { get; set; }

    /// <summary>Always positive; a refund's direction comes from <see cref="PaymentKind"/>.</summary>
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "CNY";

    public required string IdempotencyKey { get; set; }

    /// <summary>For a refund: the payment it reverses.</summary>
    public Guid? RefundOf { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The deal's policy when the payment was recorded: a later policy change does not touch it.</summary>
    public Guid PolicyId { get; set; }
}
