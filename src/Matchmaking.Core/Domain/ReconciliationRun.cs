namespace Matchmaking.Core.Domain;

/// <summary>The outcome of one reconciliation check, kept so that admins can see failures later.</summary>
public sealed class ReconciliationRun
{
    public Guid Id { get; set; }

    public DateTimeOffset RanAt { get; set; }

    public int DealsChecked { get; set; }

    public int PaymentsChecked { get; set; }

    /// <summary>Payments recorded but not yet settled; pending, not a failure.</summary>
    public int PendingPayments { get; set; }

    public int FailureCount { get; set; }

    /// <summary>One line per failure (deal or payment id and what did not match); empty when all balanced.</summary>
    public string Failures { get; set; } = "";

    public bool Ok => FailureCount == 0;
}
