using System.Data;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Ledger;

/// <summary>
/// Splits each unsettled payment into ledger entries, exactly once: each payment is settled in its own
/// serializable transaction that inserts its entries and a <see cref="PaymentSettlement"/> keyed by the
/// payment id. Of two overlapping runs the second collides on that key and rolls back; a run that dies
/// midway leaves whole payments settled or untouched, and the next run picks up the rest.
/// </summary>
public sealed partial class SettlementService(MatchmakingDbContext db, TimeProvider clock, IOptions<LedgerOptions> options, ILogger<SettlementService> logger)
{
    private enum Outcome { Settled, AlreadySettled, Deferred }

    private const int MaxAttempts = 3;

    /// <summary>Test seam: runs after the entries are written and before the commit, to simulate a crash there.</summary>
    internal Func<Payment, CancellationToken, Task>? BeforeCommit { get; set; }

    public async Task<SettlementSummary> RunAsync(CancellationToken ct)
    {
        var pending = await db.Payments.AsNoTracking()
            .Where(p => !db.Settlements.Any(s => s.PaymentId == p.Id))
            .Select(p => new { p.Id, p.ReceivedAt })
            .ToListAsync(ct);

        // Oldest first (in C#: SQLite stores the times as ticks with offsets), so an original precedes its refunds.
        var batch = pending.OrderBy(p => p.ReceivedAt).ThenBy(p => p.Id).Take(options.Value.SettlementBatchSize).Select(p => p.Id).ToList();
        int settled = 0, already = 0, deferred = 0, entries = 0;
        decimal net = 0;
        foreach (Guid id in batch)
        {
            ct.ThrowIfCancellationRequested();
            var (outcome, posted, signed) = await SettleWithRetryAsync(id, ct);
            switch (outcome)
            {
                case Outcome.Settled:
                    settled++;
                    entries += posted;
                    net += signed;
                    break;
                case Outcome.AlreadySettled:
                    already++;
                    break;
                default:
                    deferred++;
                    break;
            }
        }

        var summary = new SettlementSummary(settled, already, deferred, entries, net);
        LogRun(summary.Settled, summary.AlreadySettled, summary.Deferred, summary.Entries, summary.NetAmount);
        return summary;
    }

    private async Task<(Outcome Outcome, int Entries, decimal Signed)> SettleWithRetryAsync(Guid paymentId, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await SettleAsync(paymentId, ct);
            }
            catch (Exception e) when (WriteConflicts.IsConflict(e) && attempt < MaxAttempts)
            {
                // Another run settled this payment, or touched the same original: look again.
                LogConflict(paymentId, attempt);
            }
            catch (Exception e) when (WriteConflicts.IsConflict(e))
            {
                // Still contended after several tries: leave it for the next run rather than fail the batch.
                LogConflict(paymentId, attempt);
                return (Outcome.Deferred, 0, 0);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(Outcome Outcome, int Entries, decimal Signed)> SettleAsync(Guid paymentId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        if (await db.Settlements.AnyAsync(s => s.PaymentId == paymentId, ct))
        {
            return (Outcome.AlreadySettled, 0, 0);
        }

        var payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == paymentId, ct);
        DateTimeOffset now = clock.GetUtcNow();
        List<LedgerEntry> entries;
        if (payment.PaymentKind == PaymentKind.Payment)
        {
            var policy = await db.Policies.AsNoTracking().Include(p => p.Shares).FirstAsync(p => p.Id == payment.PolicyId, ct);
            var parties = await db.DealParties.AsNoTracking().Where(p => p.DealId == payment.DealId).ToListAsync(ct);
            entries = Postings.ForPayment(payment, policy, parties, now);
        }
        else
        {
            Guid original = payment.RefundOf ?? throw new InvalidOperationException($"refund {payment.Id} names no original payment.");
            if (!await db.Settlements.AnyAsync(s => s.PaymentId == original, ct))
            {
                return (Outcome.Deferred, 0, 0);
            }

            var related = db.Payments.Where(p => p.Id == original || p.RefundOf == original).Select(p => p.Id);
            var earlier = await db.LedgerEntries.AsNoTracking().Where(e => related.Contains(e.PaymentId)).ToListAsync(ct);
            entries = Postings.ForReversal(payment, earlier, now);
        }

        db.LedgerEntries.AddRange(entries);
        db.Settlements.Add(new PaymentSettlement { PaymentId = payment.Id, EntryCount = entries.Count, SettledAt = now });
        await PaymentNotices.AddAsync(db, clock, payment, entries, ct);
        await db.SaveChangesAsync(ct);
        if (BeforeCommit is { } hook)
        {
            await hook(payment, ct);
        }

        await transaction.CommitAsync(ct);
        return (Outcome.Settled, entries.Count, payment.PaymentKind == PaymentKind.Payment ? payment.Amount : -payment.Amount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settlement: {Settled} settled, {AlreadySettled} already settled, {Deferred} deferred, {Entries} entries, net {NetAmount}")]
    private partial void LogRun(int settled, int alreadySettled, int deferred, int entries, decimal netAmount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Settlement of payment {PaymentId} met a concurrent writer (attempt {Attempt})")]
    private partial void LogConflict(Guid paymentId, int attempt);
}
