using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;

namespace Matchmaking.Core.Tests.Ledger;

public sealed class StatementServiceTests
{
    [Theory]
    [Providers]
    public async Task Get_ThousandRandomPaymentsAndRefundsOverAYear_StatementsRollForward(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var random = new Random(2026);
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var deals = new List<Deal>();
        for (int d = 0; d < 3; d++)
        {
            // Large enough for the ~900 random payments below: a payment may not take a deal past its value.
            deals.Add(await LedgerData.DealAsync(database, 100_000_000m, RandomPolicy(random), clock));
        }

        var payments = new List<Payment>();
        decimal total = 0;
        for (int i = 0; i < 1_000; i++)
        {
            clock.Now = clock.Now.AddHours(random.Next(1, 17));
            if (payments.Count > 0 && random.Next(10) == 0)
            {
                var original = payments[random.Next(payments.Count)];
                decimal refund = Math.Min(original.Amount, 0.01m * random.Next(1, 5_000));
                original.Amount -= refund;
                total -= refund;
                await LedgerData.RefundAsync(database, original.Id, refund, $"r-{i}", clock);
            }
            else
            {
                decimal amount = random.Next(1, 10_000_000) / 100m;
                var payment = await LedgerData.PayAsync(database, deals[random.Next(deals.Count)].Id, amount, $"p-{i}", clock);
                payments.Add(new Payment { Id = payment.Id, DealId = payment.DealId, Amount = amount, IdempotencyKey = payment.IdempotencyKey });
                total += amount;
            }

            if (i % 100 == 99)
            {
                await LedgerData.SettleAsync(database, clock);
            }
        }

        await LedgerData.SettleAsync(database, clock);

        await using var db = database.CreateContext();
        var statements = new StatementService(db);
        decimal closingSum = 0;
        foreach (var party in LedgerData.Parties.Where(p => p.Role != PartyRole.Enterprise))
        {
            decimal previousClosing = 0;
            for (int month = 1; month <= 12; month++)
            {
                var statement = await statements.GetAsync(party.Reference!, $"2026-{month:00}", default);
                Assert.Equal(previousClosing, statement.Opening);
                Assert.Equal(statement.Opening + statement.Credits - statement.Debits, statement.Closing);
                Assert.True(statement.Closing >= 0, $"{party.Reference} closes {statement.Period} at {statement.Closing}");
                previousClosing = statement.Closing;
            }

            closingSum += (await statements.GetAsync(party.Reference!, "2027-12", default)).Closing;
        }

        Assert.Equal(total, closingSum);
        Assert.True((await LedgerData.ReconcileAsync(database)).Ok);
    }

    [Fact]
    public void ParsePeriod_NotAMonth_PeriodInvalid()
    {
        var error = Assert.Throws<DomainException>(() => StatementService.ParsePeriod("2026-13"));

        Assert.Equal(ErrorCodes.PeriodInvalid, error.Code);
    }

    /// <summary>A random valid policy over the four paid roles (each at least 1 basis point, summing to 10,000).</summary>
    private static ShareSpec[] RandomPolicy(Random random)
    {
        int[] cuts = [.. Enumerable.Range(0, 3).Select(_ => random.Next(1, 10_000)).Order()];
        int[] points = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], 10_000 - cuts[2]];
        PartyRole[] roles = [PartyRole.Inventors, PartyRole.Institution, PartyRole.Broker, PartyRole.Platform];
        return [.. roles.Zip(points, (r, p) => new ShareSpec(r, p, r is PartyRole.Broker or PartyRole.Platform))];
    }
}
