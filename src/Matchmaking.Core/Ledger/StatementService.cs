using System.Globalization;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Ledger;

/// <summary>Monthly statements per payee, computed from the entries (never stored, so they cannot drift).</summary>
public sealed class StatementService(MatchmakingDbContext db)
{
    /// <param name="payee">The payee key (a party's reference, or its id).</param>
    /// <param name="period">A month as yyyy-MM, in UTC.</param>
    public async Task<Statement> GetAsync(string payee, string period, CancellationToken ct)
    {
        var (start, end) = ParsePeriod(period);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.Payee == payee).ToListAsync(ct);

        // Filtered and summed in C#: SQLite keeps decimals as text.
        decimal opening = entries.Where(e => e.PostedAt < start).Sum(Signed);
        var lines = entries
            .Where(e => e.PostedAt >= start && e.PostedAt < end)
            .OrderBy(e => e.PostedAt).ThenBy(e => e.Id)
            .Select(e => new StatementLine(e.Id, e.PostedAt, e.DealId, e.PaymentId, e.Role, Signed(e), e.Currency))
            .ToList();
        string currency = entries.Select(e => e.Currency).FirstOrDefault() ?? "CNY";
        return new Statement(payee, period, currency, opening, lines, opening + lines.Sum(l => l.Amount));
    }

    /// <summary>yyyy-MM → [first instant of the month, first instant of the next) in UTC.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) ParsePeriod(string period)
    {
        if (!DateTime.TryParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            throw new DomainException(ErrorCodes.PeriodInvalid, $"'{period}' is not a month; use yyyy-MM, e.g. 2026-11.", "period");
        }

        var start = new DateTimeOffset(month.Year, month.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return (start, start.AddMonths(1));
    }

    private static decimal Signed(LedgerEntry e) => e.Side == EntrySide.Credit ? e.Amount : -e.Amount;
}
