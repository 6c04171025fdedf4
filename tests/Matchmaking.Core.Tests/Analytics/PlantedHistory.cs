using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Tests.Domain;
using Matchmaking.Core.Tests.Ledger;
using Matchmaking.Tests.Shared;

namespace Matchmaking.Core.Tests.Analytics;

/// <summary>
/// A small workflow history, made through the real services on a hand-moved clock, whose figures are worked out
/// by hand in <see cref="AnalyticsServiceTests"/>. The period is January and February 2026, Beijing time.
/// <code>
/// demand  industry      posted (Beijing)      matches (broker: proposed → steps)
/// D1      NEV 合肥      2026-01-10            M1 (a: 01-11 → +2d SHORTLISTED → +3d INTRODUCED → +5d NEGOTIATING → +10d CONTRACTED; deal ¥1,000,000)
///                                             M2 (a: 01-12 → +4d SHORTLISTED → +1d REJECTED PRICE)
/// D2      NEV 合肥      2026-01-20            M3 (b: 01-21 → +6.5d SHORTLISTED → +1.5d INTRODUCED)
/// D3      LifeHealth 芜湖 2026-02-05          M4 (b: 02-06 → +1d REJECTED TOO_EARLY_STAGE)
///                                             M5 (a: 2026-02-01 01:00 Beijing, 01-31 17:00 UTC; feedback only)
/// D4      LifeHealth 芜湖 2025-12-30 (before)  M6 (a: 2025-12-31 18:00 Beijing, before the period → SHORTLISTED)
/// D5      LifeHealth 芜湖 2026-02-01 07:00 Beijing (01-31 23:00 UTC): no match
/// </code>
/// On M1's deal: ¥100,000 paid and settled, ¥10,000 of it refunded and settled (policy 50/15/20/15 %).
/// </summary>
internal static class PlantedHistory
{
    // Declared first: static fields initialise in order, and the period below needs it.
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, Beijing);

    public static readonly DateTimeOffset To = new(2026, 3, 1, 0, 0, 0, Beijing);

    public static async Task PlantAsync(TestDatabase database)
    {
        var clock = new ManualClock(From);
        var nev = new Enterprise { Id = Guid.NewGuid(), Name = "合肥锂能科技有限公司", CreditCode = "T" + Guid.NewGuid().ToString("N")[..17].ToUpperInvariant(), Industry = Industry.NewEnergyVehicles, Region = "合肥" };
        var health = new Enterprise { Id = Guid.NewGuid(), Name = "芜湖康健医疗有限公司", CreditCode = "T" + Guid.NewGuid().ToString("N")[..17].ToUpperInvariant(), Industry = Industry.LifeHealth, Region = "芜湖" };
        var d1 = Demand(nev, Industry.NewEnergyVehicles, "合肥", new(2026, 1, 10, 9, 0, 0, Beijing));
        var d2 = Demand(nev, Industry.NewEnergyVehicles, "合肥", new(2026, 1, 20, 9, 0, 0, Beijing));
        var d3 = Demand(health, Industry.LifeHealth, "芜湖", new(2026, 2, 5, 9, 0, 0, Beijing));
        var d4 = Demand(health, Industry.LifeHealth, "芜湖", new(2025, 12, 30, 9, 0, 0, Beijing));
        var d5 = Demand(health, Industry.LifeHealth, "芜湖", new(2026, 2, 1, 7, 0, 0, Beijing));
        var achievements = Enumerable.Range(1, 5).Select(i => new Achievement { Id = Guid.NewGuid(), Title = $"成果{i}", Abstract = "摘要", Industry = Industry.NewEnergyVehicles, Region = "合肥", Trl = 6 }).ToList();
        var expert = new Expert { Id = Guid.NewGuid(), Name = "李明", Industry = Industry.NewEnergyVehicles, Region = "合肥" };
        await using (var db = database.CreateContext())
        {
            db.AddRange(nev, health, d1, d2, d3, d4, d5, expert);
            db.AddRange(achievements);
            await db.SaveChangesAsync();
        }

        var a = new MatchActor("broker-a", IsAdmin: false);
        var b = new MatchActor("broker-b", IsAdmin: false);
        var m1 = await ProposeAsync(database, clock, Utc(2026, 1, 11, 2), d1, CandidateKind.Achievement, achievements[0].Id, a);
        var m2 = await ProposeAsync(database, clock, Utc(2026, 1, 12, 2), d1, CandidateKind.Achievement, achievements[1].Id, a);
        var m3 = await ProposeAsync(database, clock, Utc(2026, 1, 21, 2), d2, CandidateKind.Expert, expert.Id, b);
        var m4 = await ProposeAsync(database, clock, Utc(2026, 2, 6, 2), d3, CandidateKind.Achievement, achievements[2].Id, b);
        var m5 = await ProposeAsync(database, clock, Utc(2026, 1, 31, 17), d3, CandidateKind.Achievement, achievements[3].Id, a);
        var m6 = await ProposeAsync(database, clock, Utc(2025, 12, 31, 10), d4, CandidateKind.Achievement, achievements[4].Id, a);

        await AdvanceAsync(database, clock, m1, a, 2, 3, 5, 10);
        await AdvanceAsync(database, clock, m2, a, 4);
        await RejectAsync(database, clock, m2, a, 1, RejectReason.Price);
        await AdvanceAsync(database, clock, m3, b, 6.5, 1.5);
        await RejectAsync(database, clock, m4, b, 1, RejectReason.TooEarlyStage);
        await AdvanceAsync(database, clock, m6, a, 1);
        await using (var db = database.CreateContext(clock))
        {
            await new MatchFeedbackService(db, clock).GiveAsync(m5.Id, FeedbackSide.Demand, useful: true, "有用", "owner-1", default);
        }

        Deal deal;
        await using (var db = database.CreateContext(clock))
        {
            deal = await new DealService(db, clock, LedgerData.Options()).CreateAsync(
                new NewDeal(m1.Id, ContractType.Transfer, 1_000_000.00m, "CNY", LedgerData.Parties, LedgerData.ExamplePolicy), default);
        }

        var paid = await LedgerData.PayAsync(database, deal.Id, 100_000.00m, "pay-1", clock);
        await LedgerData.SettleAsync(database, clock);
        await LedgerData.RefundAsync(database, paid.Id, 10_000.00m, "refund-1", clock);
        await LedgerData.SettleAsync(database, clock);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static Demand Demand(Enterprise owner, Industry industry, string region, DateTimeOffset posted)
    {
        var demand = ListingValidatorTests.ValidDemand();
        demand.Id = Guid.NewGuid();
        demand.EnterpriseId = owner.Id;
        demand.Industry = industry;
        demand.Region = region;
        demand.CreatedAt = posted;
        demand.UpdatedAt = posted;
        return demand;
    }

    private static async Task<Match> ProposeAsync(TestDatabase database, ManualClock clock, DateTimeOffset at, Demand demand, CandidateKind kind, Guid candidate, MatchActor broker)
    {
        clock.Now = at;
        await using var db = database.CreateContext(clock);
        return await new MatchService(db, clock).ProposeAsync(demand.Id, kind, candidate, broker.Subject, "建议对接", default);
    }

    /// <summary>Advances the match one stage per entry of <paramref name="days"/>, each that many days after the last change.</summary>
    private static async Task AdvanceAsync(TestDatabase database, ManualClock clock, Match match, MatchActor broker, params double[] days)
    {
        clock.Now = match.UpdatedAt;
        foreach (double d in days)
        {
            clock.Now += TimeSpan.FromDays(d);
            await using var db = database.CreateContext(clock);
            match = await new MatchService(db, clock).AdvanceAsync(match.Id, null, broker, default);
        }
    }

    private static async Task RejectAsync(TestDatabase database, ManualClock clock, Match match, MatchActor broker, double days, RejectReason reason)
    {
        await using (var read = database.CreateContext())
        {
            clock.Now = (await read.Matches.FindAsync(match.Id))!.UpdatedAt + TimeSpan.FromDays(days);
        }

        await using var db = database.CreateContext(clock);
        await new MatchService(db, clock).RejectAsync(match.Id, reason, "价格不合适", broker, default);
    }
}
