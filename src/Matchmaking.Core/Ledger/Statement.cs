namespace Matchmaking.Core.Ledger;

/// <summary>A payee's month: what was owed at the start, what was posted, what is owed at the end.</summary>
public sealed record Statement(string Payee, string Period, string Currency, decimal Opening, IReadOnlyList<StatementLine> Lines, decimal Closing)
{
    public decimal Credits => Lines.Where(l => l.Amount > 0).Sum(l => l.Amount);

    public decimal Debits => -Lines.Where(l => l.Amount < 0).Sum(l => l.Amount);
}
