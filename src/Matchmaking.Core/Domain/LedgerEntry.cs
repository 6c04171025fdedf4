namespace Matchmaking.Core.Domain;

/// <summary>One side of a double-entry posting. Append-only: never updated or deleted.</summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }

    public Guid PaymentId { get; set; }

    public Guid DealId { get; set; }

    /// <summary>The account, e.g. "payee:Inventors:…" or "clearing".</summary>
    public required string Account { get; set; }

    public PartyRole? Role { get; set; }

    /// <summary>Who is paid (the party's reference, or its id); null on the cash side. Statements group by it.</summary>
    public string? Payee { get; set; }

    public EntrySide Side { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "CNY";

    public DateTimeOffset PostedAt { get; set; }
}
