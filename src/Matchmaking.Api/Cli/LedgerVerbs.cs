using System.CommandLine;
using System.Globalization;
using Matchmaking.Api.Hosting;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Cli;

/// <summary>The `settle` verb: one settlement run and one reconciliation, with totals printed.</summary>
internal static class LedgerVerbs
{
    public static Command SettleCommand()
    {
        var command = new Command("settle", "Settle unsettled payments into ledger entries, reconcile the ledger once, and print totals.");
        command.SetAction(async (_, ct) =>
        {
            await using var app = AppHost.Build([], serve: false);
            await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            using var scope = app.Services.CreateScope();
            var summary = await scope.ServiceProvider.GetRequiredService<SettlementService>().RunAsync(ct);
            var run = await scope.ServiceProvider.GetRequiredService<ReconciliationService>().RunAsync(ct);
            var money = CultureInfo.InvariantCulture;
            Console.WriteLine($"settled {summary.Settled} payment(s), {summary.Entries} entries, net {summary.NetAmount.ToString("N2", money)}; " +
                $"{summary.AlreadySettled} already settled, {summary.Deferred} deferred");
            Console.WriteLine($"reconciliation: {(run.Ok ? "balanced" : "FAILED")} — {run.DealsChecked} deal(s), {run.PaymentsChecked} settled payment(s), {run.PendingPayments} pending, {run.FailureCount} failure(s)");
            if (!run.Ok)
            {
                Console.Error.WriteLine(run.Failures);
            }

            return run.Ok ? 0 : 1;
        });
        return command;
    }
}
