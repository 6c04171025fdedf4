namespace Matchmaking.Core.Domain;

/// <summary>
/// Marks a payment as settled. Its primary key is the payment id, so a second settlement of the same
/// payment fails to insert and its transaction (with its entries) rolls back: exactly once.
/// </summary>
public sealed class PaymentSettlement
{
    public Guid PaymentId { get; set; }

    public int EntryCount { get; set; }

    public DateTimeOffset SettledAt { get; set; }
}
