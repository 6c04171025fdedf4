using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Tests.Ledger;

public sealed class SettlementServiceTests
{
    [Theory]
    [Providers]
    public async Task Run_MillionPaidInThreeParts_EntriesSumExactlyAndEachPayeeWithinOneFen(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 1_000_000.00m, LedgerData.ExamplePolicy);
        await LedgerData.PayAsync(database, deal.Id, 333_333.33m, "p1");
        await LedgerData.PayAsync(database, deal.Id, 333_333.33m, "p2");
        await LedgerData.PayAsync(database, deal.Id, 333_333.34m, "p3");

        var summary = await LedgerData.SettleAsync(database);

        Assert.Equal(3, summary.Settled);
        Assert.Equal(1_000_000.00m, summary.NetAmount);
        await using var db = database.CreateContext();
        var credits = (await db.LedgerEntries.AsNoTracking().Where(e => e.Side == EntrySide.Credit).ToListAsync()).GroupBy(e => e.Role!.Value).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
        Assert.Equal(1_000_000.00m, credits.Values.Sum());
        foreach (var share in LedgerData.ExamplePolicy)
        {
            decimal exact = 1_000_000.00m * share.BasisPoints / 10_000m;
            Assert.True(Math.Abs(credits[share.Role] - exact) <= 0.01m, $"{share.Role}: {credits[share.Role]} vs {exact}");
        }

        Assert.True((await LedgerData.ReconcileAsync(database)).Ok);
    }

    [Theory]
    [Providers]
    public async Task Run_TwoRunsAtOnce_OneSetOfEntries(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 500_000m, LedgerData.ExamplePolicy);
        var payments = new List<Payment>();
        for (int i = 0; i < 40; i++)
        {
            payments.Add(await LedgerData.PayAsync(database, deal.Id, 1_000.01m + i, $"pay-{i}"));
        }

        for (int i = 0; i < 10; i++)
        {
            await LedgerData.RefundAsync(database, payments[i].Id, 100.03m, $"refund-{i}");
        }

        await using var one = database.CreateContext();
        await using var two = database.CreateContext();
        var runs = await Task.WhenAll(
            Task.Run(() => LedgerData.Settlement(one).RunAsync(default)),
            Task.Run(() => LedgerData.Settlement(two).RunAsync(default)));
        var rerun = await LedgerData.SettleAsync(database);

        await using var db = database.CreateContext();
        Assert.Equal(50, runs.Sum(r => r.Settled) + rerun.Settled);
        Assert.Equal(50, await db.Settlements.CountAsync());
        var settlements = await db.Settlements.AsNoTracking().ToListAsync();
        Assert.Equal(settlements.Sum(s => s.EntryCount), await db.LedgerEntries.CountAsync());
        var reconciliation = await LedgerData.ReconcileAsync(database);
        Assert.True(reconciliation.Ok, reconciliation.Failures);
        Assert.Equal(0, reconciliation.PendingPayments);
    }

    [Theory]
    [Providers]
    public async Task Run_KilledMidwayThenRerun_SameLedgerAsUninterruptedRun(StorageProvider provider)
    {
        using var crashed = TestDatabase.Create(provider);
        using var clean = TestDatabase.Create(provider);
        foreach (var database in new[] { crashed, clean })
        {
            var deal = await LedgerData.DealAsync(database, 100_000m, LedgerData.ExamplePolicy);
            for (int i = 0; i < 12; i++)
            {
                var payment = await LedgerData.PayAsync(database, deal.Id, 777.77m * (i + 1), $"pay-{i}");
                if (i % 4 == 0)
                {
                    await LedgerData.RefundAsync(database, payment.Id, 12.34m, $"refund-{i}");
                }
            }
        }

        await using (var db = crashed.CreateContext())
        {
            int seen = 0;
            var settlement = LedgerData.Settlement(db);
            settlement.BeforeCommit = (_, _) => ++seen == 7 ? throw new InvalidOperationException("killed") : Task.CompletedTask;
            await Assert.ThrowsAsync<InvalidOperationException>(() => settlement.RunAsync(default));
        }

        await using (var db = crashed.CreateContext())
        {
            Assert.Equal(6, await db.Settlements.CountAsync());
        }

        await LedgerData.SettleAsync(crashed);
        await LedgerData.SettleAsync(clean);

        Assert.Equal(await LedgerAsync(clean), await LedgerAsync(crashed));
        Assert.True((await LedgerData.ReconcileAsync(crashed)).Ok);
    }

    [Theory]
    [Providers]
    public async Task Run_Refunds_PostReversingEntriesAndNeverChangeEarlierOnes(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 10_000m, LedgerData.ExamplePolicy);
        var payment = await LedgerData.PayAsync(database, deal.Id, 1_000.01m, "pay");
        await LedgerData.SettleAsync(database);
        var before = await LedgerAsync(database);

        await LedgerData.RefundAsync(database, payment.Id, 300.00m, "refund-1");
        await LedgerData.SettleAsync(database);
        await LedgerData.RefundAsync(database, payment.Id, 700.01m, "refund-2");
        await LedgerData.SettleAsync(database);

        await using var db = database.CreateContext();
        var entries = await db.LedgerEntries.AsNoTracking().ToListAsync();
        var after = await LedgerAsync(database);
        Assert.All(before, line => Assert.Contains(line, after));
        Assert.All(entries, e => Assert.True(e.Amount > 0));
        Assert.All(entries.Where(e => e.Payee is not null).GroupBy(e => e.Account),
            g => Assert.Equal(0m, g.Sum(e => e.Side == EntrySide.Credit ? e.Amount : -e.Amount)));
        Assert.True((await LedgerData.ReconcileAsync(database)).Ok);
    }

    [Theory]
    [Providers]
    public async Task Run_PolicyChangedAfterPayment_EarlierPaymentKeepsItsPolicy(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 10_000m, LedgerData.ExamplePolicy);
        await LedgerData.PayAsync(database, deal.Id, 1_000m, "before");
        await using (var db = database.CreateContext())
        {
            var changed = await new DealService(db, TimeProvider.System, LedgerData.Options()).ChangePolicyAsync(deal.Id,
                [new(PartyRole.Inventors, 8_000, false), new(PartyRole.Institution, 2_000, false)], default);
            Assert.Equal(2, changed.Version);
        }

        await LedgerData.PayAsync(database, deal.Id, 1_000m, "after");
        await LedgerData.SettleAsync(database);

        await using var check = database.CreateContext();
        var inventors = await check.LedgerEntries.AsNoTracking().Where(e => e.Role == PartyRole.Inventors)
            .Join(check.Payments, e => e.PaymentId, p => p.Id, (e, p) => new { p.DealId, p.IdempotencyKey, e.Amount }).ToListAsync();
        Assert.Equal(500m, inventors.Single(i => IdempotencyKeys.ClientKey(i.DealId, i.IdempotencyKey) == "before").Amount);
        Assert.Equal(800m, inventors.Single(i => IdempotencyKeys.ClientKey(i.DealId, i.IdempotencyKey) == "after").Amount);
    }

    [Theory]
    [Providers]
    public async Task Reconcile_UnbalancedEntry_FailureRecorded(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 10_000m, LedgerData.ExamplePolicy);
        var payment = await LedgerData.PayAsync(database, deal.Id, 1_000m, "pay");
        await LedgerData.SettleAsync(database);
        await using (var db = database.CreateContext())
        {
            db.LedgerEntries.Add(new LedgerEntry { PaymentId = payment.Id, DealId = deal.Id, Account = "payee:intruder:Broker", Payee = "intruder", Side = EntrySide.Credit, Amount = 0.01m });
            await db.SaveChangesAsync();
        }

        var run = await LedgerData.ReconcileAsync(database);

        Assert.False(run.Ok);
        Assert.Contains(payment.Id.ToString(), run.Failures, StringComparison.Ordinal);
        Assert.Contains(deal.Id.ToString(), run.Failures, StringComparison.Ordinal);
    }

    /// <summary>The ledger in a form comparable across databases: keyed by idempotency key and payee, not by ids.</summary>
    private static async Task<List<string>> LedgerAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var rows = await db.LedgerEntries.AsNoTracking()
            .Join(db.Payments, e => e.PaymentId, p => p.Id, (e, p) => new { p.DealId, p.IdempotencyKey, e.Payee, e.Role, e.Side, e.Amount })
            .ToListAsync();
        return rows.Select(r => $"{IdempotencyKeys.ClientKey(r.DealId, r.IdempotencyKey)}|{r.Payee ?? "cash"}|{r.Role}|{r.Side}|{r.Amount:F2}").Order(StringComparer.Ordinal).ToList();
    }
}
