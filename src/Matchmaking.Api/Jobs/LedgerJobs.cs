using Hangfire;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.Jobs;

/// <summary>Hangfire entry points for the revenue-share ledger; the logic lives in Core's Ledger services.</summary>
public sealed class LedgerJobs(SettlementService settlement, ReconciliationService reconciliation)
{
    /// <summary>Safe to run twice at once (Hangfire is at-least-once): each payment settles exactly once anyway.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task SettleAsync(CancellationToken ct)
    {
        await settlement.RunAsync(ct);
        await ReconcileAsync(ct);
    }

    /// <summary>Fails the job when the ledger does not reconcile, so that the failure shows on the dashboard.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task ReconcileAsync(CancellationToken ct)
    {
        var run = await reconciliation.RunAsync(ct);
        if (!run.Ok)
        {
            throw new InvalidOperationException($"ledger reconciliation failed ({run.FailureCount} failure(s)):\n{run.Failures}");
        }
    }
}
