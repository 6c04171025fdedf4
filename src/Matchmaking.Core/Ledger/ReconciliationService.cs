using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Core.Ledger;

/// <summary>
/// Checks the ledger against the payments: every posting balances (debits = credits), every settled payment
/// put exactly its amount into payee accounts, and per deal the payees' entries equal the settled payments.
/// Each run is stored, so failures stay visible to admins.
/// </summary>
public sealed partial class ReconciliationService(MatchmakingDbContext db, TimeProvider clock, ILogger<ReconciliationService> logger)
{
    private const int MaxStoredFailures = 200;

    public async Task<ReconciliationRun> RunAsync(CancellationToken ct)
    {
        // Sums in C#: SQLite keeps decimals as text, so SQL SUM would be floating point there.
        var payments = await db.Payments.AsNoTracking().ToListAsync(ct);
        var settled = (await db.Settlements.AsNoTracking().Select(s => s.PaymentId).ToListAsync(ct)).ToHashSet();
        var entries = await db.LedgerEntries.AsNoTracking().ToListAsync(ct);
        var failures = new List<string>();

        var byPayment = entries.ToLookup(e => e.PaymentId);
        foreach (var payment in payments.Where(p => settled.Contains(p.Id)))
        {
            var posting = byPayment[payment.Id].ToList();
            decimal debits = posting.Where(e => e.Side == EntrySide.Debit).Sum(e => e.Amount);
            decimal credits = posting.Where(e => e.Side == EntrySide.Credit).Sum(e => e.Amount);
            if (debits != credits)
            {
                failures.Add($"payment {payment.Id}: debits {debits} ≠ credits {credits}");
            }

            decimal toPayees = PayeeNet(posting);
            if (toPayees != Signed(payment))
            {
                failures.Add($"payment {payment.Id}: payees received {toPayees}, the payment is {Signed(payment)}");
            }
        }

        foreach (var orphan in entries.Where(e => !settled.Contains(e.PaymentId)).Select(e => e.PaymentId).Distinct())
        {
            failures.Add($"payment {orphan}: has entries but no settlement record");
        }

        var dealIds = payments.Select(p => p.DealId).Concat(entries.Select(e => e.DealId)).Distinct().ToList();
        var entriesByDeal = entries.ToLookup(e => e.DealId);
        var paymentsByDeal = payments.Where(p => settled.Contains(p.Id)).ToLookup(p => p.DealId);
        foreach (Guid dealId in dealIds)
        {
            decimal paid = paymentsByDeal[dealId].Sum(Signed);
            decimal posted = PayeeNet(entriesByDeal[dealId]);
            if (paid != posted)
            {
                failures.Add($"deal {dealId}: settled payments {paid} ≠ payee entries {posted}");
            }
        }

        var run = new ReconciliationRun
        {
            Id = Guid.NewGuid(),
            RanAt = clock.GetUtcNow(),
            DealsChecked = dealIds.Count,
            PaymentsChecked = settled.Count,
            PendingPayments = payments.Count(p => !settled.Contains(p.Id)),
            FailureCount = failures.Count,
            Failures = string.Join('\n', failures.Take(MaxStoredFailures)),
        };
        db.ReconciliationRuns.Add(run);
        await db.SaveChangesAsync(ct);
        if (run.FailureCount > 0)
        {
            LogFailed(run.FailureCount, run.Failures);
        }
        else
        {
            LogBalanced(run.DealsChecked, run.PaymentsChecked, run.PendingPayments);
        }

        return run;
    }

    /// <summary>The latest stored run, or null before the first.</summary>
    public Task<ReconciliationRun?> LatestAsync(CancellationToken ct) =>
        db.ReconciliationRuns.AsNoTracking().OrderByDescending(r => r.RanAt).FirstOrDefaultAsync(ct);

    private static decimal Signed(Payment p) => p.PaymentKind == PaymentKind.Payment ? p.Amount : -p.Amount;

    private static decimal PayeeNet(IEnumerable<LedgerEntry> entries) =>
        entries.Where(e => e.Payee is not null).Sum(e => e.Side == EntrySide.Credit ? e.Amount : -e.Amount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reconciliation found {Count} failure(s): {Failures}")]
    private partial void LogFailed(int count, string failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation balanced: {Deals} deals, {Payments} settled payments, {Pending} pending")]
    private partial void LogBalanced(int deals, int payments, int pending);
}
