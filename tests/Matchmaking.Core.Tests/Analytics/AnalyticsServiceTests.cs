using Matchmaking.Core.Analytics;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Xunit;

namespace Matchmaking.Core.Tests.Analytics;

/// <summary>Every figure of the planted history, worked out by hand (see <see cref="PlantedHistory"/>), on both providers.</summary>
public sealed class AnalyticsServiceTests
{
    [Theory]
    [Providers]
    public async Task Run_ByIndustry_EqualsHandComputedFigures(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await PlantedHistory.PlantAsync(database);

        var report = await RunAsync(database, AnalyticsGrouping.Industry);

        Assert.Equal(["LifeHealth", "NewEnergyVehicles"], report.Groups.Select(g => g.Key));
        var nev = report.Groups[1];
        Assert.Equal((2, 2), (nev.DemandsPosted, nev.DemandsMatched));
        Assert.Equal(Stages(suggested: 0, shortlisted: 0, introduced: 1, negotiating: 0, contracted: 1, closed: 0, rejected: 1), nev.Stages.Select(s => s.Current));
        Assert.Equal(Stages(suggested: 3, shortlisted: 3, introduced: 2, negotiating: 1, contracted: 1, closed: 0, rejected: 1), nev.Stages.Select(s => s.Reached));
        Assert.Equal([new RejectionFigures(RejectReason.Price, 1)], nev.Rejections);
        Assert.Equal(1, nev.Contracts);
        Assert.Equal<double?>([1.0, 0.6667, 0.5, 1.0, 0.0], nev.Steps.Select(s => s.ConversionRate));
        Assert.Equal<double?>([4.0, 2.25, 5.0, 10.0, null], nev.Steps.Select(s => s.MedianDays));
        Assert.Equal((1, 1_000_000.00m), (nev.Deals, nev.DealValue));
        Assert.Equal(
            [new(PartyRole.Inventors, 45_000.00m), new(PartyRole.Institution, 13_500.00m), new(PartyRole.Broker, 18_000.00m), new(PartyRole.Platform, 13_500.00m)],
            nev.Revenue.OrderBy(r => Order(r.Role)));

        var health = report.Groups[0];
        Assert.Equal((2, 1), (health.DemandsPosted, health.DemandsMatched));
        Assert.Equal(Stages(suggested: 1, shortlisted: 0, introduced: 0, negotiating: 0, contracted: 0, closed: 0, rejected: 1), health.Stages.Select(s => s.Current));
        Assert.Equal([new RejectionFigures(RejectReason.TooEarlyStage, 1)], health.Rejections);
        Assert.Equal<double?>([0.0, null, null, null, null], health.Steps.Select(s => s.ConversionRate));
        Assert.All(health.Steps, s => Assert.Null(s.MedianDays));
        Assert.Equal((0, 0m), (health.Deals, health.DealValue));
        Assert.Empty(health.Revenue);
    }

    [Theory]
    [Providers]
    public async Task Run_Total_MediansOverAllGroupsNotOfTheirMedians(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await PlantedHistory.PlantAsync(database);

        // Per broker the first step's medians are 3 and 6.5; over all three matches that made it (2, 4, 6.5) it is 4.
        var total = (await RunAsync(database, AnalyticsGrouping.Broker)).Total;

        Assert.Equal((4, 3, 5, 1), (total.DemandsPosted, total.DemandsMatched, total.Matches, total.Contracts));
        Assert.Equal(Stages(suggested: 5, shortlisted: 3, introduced: 2, negotiating: 1, contracted: 1, closed: 0, rejected: 2), total.Stages.Select(s => s.Reached));
        Assert.Equal<double?>([0.6, 0.6667, 0.5, 1.0, 0.0], total.Steps.Select(s => s.ConversionRate));
        Assert.Equal<double?>([4.0, 2.25, 5.0, 10.0, null], total.Steps.Select(s => s.MedianDays));
        Assert.Equal(90_000.00m, total.Revenue.Sum(r => r.Amount));
    }

    [Theory]
    [Providers]
    public async Task Run_ByMonth_BeijingMonthsEveryMonthOfThePeriod(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await PlantedHistory.PlantAsync(database);

        var report = await RunAsync(database, AnalyticsGrouping.Month);

        // D5 (posted 01-31 23:00 UTC) and M5 (proposed 01-31 17:00 UTC) are February in Beijing.
        Assert.Equal(["2026-01", "2026-02"], report.Groups.Select(g => g.Key));
        Assert.Equal([(2L, 2L, 3L), (2L, 1L, 2L)], report.Groups.Select(g => (g.DemandsPosted, g.DemandsMatched, g.Matches)));
        Assert.Equal<double?>([4.0, 2.25, 5.0, 10.0, null], report.Groups[0].Steps.Select(s => s.MedianDays));
        Assert.Equal(1_000_000.00m, report.Groups[0].DealValue);
    }

    [Theory]
    [Providers]
    public async Task Run_ByBroker_EachBrokersMatchesAndTheirDemands(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await PlantedHistory.PlantAsync(database);

        var report = await RunAsync(database, AnalyticsGrouping.Broker);

        Assert.Equal(["broker-a", "broker-b"], report.Groups.Select(g => g.Key));
        Assert.Equal([(2L, 3L, 1L), (2L, 2L, 0L)], report.Groups.Select(g => (g.DemandsMatched, g.Matches, g.Contracts)));
        Assert.Equal<double?>([3.0, 3.0, 5.0, 10.0, null], report.Groups[0].Steps.Select(s => s.MedianDays));
        Assert.Equal<double?>([6.5, 1.5, null, null, null], report.Groups[1].Steps.Select(s => s.MedianDays));
    }

    [Theory]
    [Providers]
    public async Task Run_OneBroker_OnlyThatBrokersMatches(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await PlantedHistory.PlantAsync(database);

        var report = await RunAsync(database, AnalyticsGrouping.Industry, broker: "broker-b");

        Assert.Equal([(2L, 1L, 1L), (2L, 1L, 1L)], report.Groups.Select(g => (g.DemandsPosted, g.DemandsMatched, g.Matches)));
        Assert.Equal(MatchStage.Rejected, report.Groups[0].Stages.Single(s => s.Current == 1).Stage);
        Assert.Equal(MatchStage.Introduced, report.Groups[1].Stages.Single(s => s.Current == 1).Stage);
        Assert.Equal(0, report.Total.Deals);
        Assert.Empty(report.Total.Revenue);
    }

    [Theory]
    [Providers]
    public async Task Run_PeriodEndsBeforeItStarts_PeriodInvalid(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainException>(() => new AnalyticsService(db).RunAsync(new AnalyticsRequest(PlantedHistory.To, PlantedHistory.From, AnalyticsGrouping.Month, null), default));

        Assert.Equal(ErrorCodes.PeriodInvalid, error.Code);
    }

    private static async Task<AnalyticsReport> RunAsync(TestDatabase database, AnalyticsGrouping groupBy, string? broker = null)
    {
        await using var db = database.CreateContext();
        return await new AnalyticsService(db).RunAsync(new AnalyticsRequest(PlantedHistory.From, PlantedHistory.To, groupBy, broker), default);
    }

    private static int Order(PartyRole role) => role switch { PartyRole.Inventors => 0, PartyRole.Institution => 1, PartyRole.Broker => 2, _ => 3 };

    private static long[] Stages(long suggested, long shortlisted, long introduced, long negotiating, long contracted, long closed, long rejected) =>
        [suggested, shortlisted, introduced, negotiating, contracted, closed, rejected];
}
