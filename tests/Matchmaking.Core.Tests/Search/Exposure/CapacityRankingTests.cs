using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Exposure;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Tests.Domain;
using Matchmaking.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Search.Exposure;

/// <summary>A demand's expert recommendations over a real SQLite file and index: availability and capacity demote.</summary>
public sealed class CapacityRankingTests
{
    [Fact]
    public async Task Recommend_ExpertAtCapacity_RanksBelowAvailableExpert()
    {
        using var harness = new SearchHarness();
        var (demandId, busy, free) = await SeedAsync(harness, capacity: 1, open: true, activeMatches: 1);

        var hits = await RecommendAsync(harness, demandId);

        Assert.True(Rank(hits, free) < Rank(hits, busy), "the expert at capacity ranks below the available one: " + string.Join("; ", hits.Select(h => $"{h.Title} {h.Score} {string.Join(",", h.Explanation.Constraints.Select(c => c.Name + "=" + c.Detail))}")));
        var check = Assert.Single(hits.Single(h => h.Id == busy).Explanation.Constraints, c => c.Name == ExposureControl.Availability);
        Assert.False(check.Met);
        Assert.Equal("at capacity (1 of 1 active matches)", check.Detail);
        Assert.True(Assert.Single(hits.Single(h => h.Id == free).Explanation.Constraints, c => c.Name == ExposureControl.Availability).Met);
        Assert.Contains(hits.Single(h => h.Id == busy).Explanation.Signals, s => s.Name == ExposureControl.Availability && s.Value < 0);
    }

    [Fact]
    public async Task Recommend_ExpertUnderCapacity_KeepsHisPlace()
    {
        using var harness = new SearchHarness();
        var (demandId, busy, free) = await SeedAsync(harness, capacity: 2, open: true, activeMatches: 1);

        var hits = await RecommendAsync(harness, demandId);

        Assert.True(Rank(hits, busy) < Rank(hits, free), "the better-matching expert with room left stays first");
        Assert.Equal("open to projects (1 of 2 active matches)", hits.Single(h => h.Id == busy).Explanation.Constraints.Single(c => c.Name == ExposureControl.Availability).Detail);
    }

    [Fact]
    public async Task Recommend_ExpertNotOpenToProjects_RanksBelowAvailableExpert()
    {
        using var harness = new SearchHarness();
        var (demandId, busy, free) = await SeedAsync(harness, capacity: null, open: false, activeMatches: 0);

        var hits = await RecommendAsync(harness, demandId);

        Assert.True(Rank(hits, free) < Rank(hits, busy));
        Assert.Equal("not open to new projects (0 active matches, no capacity declared)", hits.Single(h => h.Id == busy).Explanation.Constraints.Single(c => c.Name == ExposureControl.Availability).Detail);
    }

    [Fact]
    public async Task Recommend_DemotionOff_AtCapacityExpertKeepsHisPlace()
    {
        using var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:Exposure:UnavailableFactor"] = "1" });
        var (demandId, busy, free) = await SeedAsync(harness, capacity: 1, open: true, activeMatches: 1);

        var hits = await RecommendAsync(harness, demandId);

        Assert.True(Rank(hits, busy) < Rank(hits, free), "factor 1 leaves the order alone");
        Assert.False(hits.Single(h => h.Id == busy).Explanation.Constraints.Single(c => c.Name == ExposureControl.Availability).Met);
    }

    private static int Rank(IReadOnlyList<SearchHit> hits, Guid id) => hits.ToList().FindIndex(h => h.Id == id) is var i and >= 0 ? i : throw new Xunit.Sdk.XunitException($"{id} is not recommended");

    private static async Task<IReadOnlyList<SearchHit>> RecommendAsync(SearchHarness harness, Guid demandId)
    {
        using var scope = harness.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<RecommendationService>().RecommendAsync(ListingKind.Demand, demandId, [ListingKind.Expert], 10, default);
        return result.Hits;
    }

    /// <summary>Two experts; the first matches the demand better, and carries <paramref name="activeMatches"/> introduced matches.</summary>
    private static async Task<(Guid Demand, Guid Busy, Guid Free)> SeedAsync(SearchHarness harness, int? capacity, bool open, int activeMatches)
    {
        var enterprise = await ListingServiceTests.RegisterAsync(harness.Database);
        Guid demandId, busy, free;
        using (var scope = harness.Scope())
        {
            var listings = harness.Listings(scope);
            var demand = ListingValidatorTests.ValidDemand();
            demand.EnterpriseId = enterprise.Id;
            demand.Deadline = new DateOnly(2029, 12, 31);
            demandId = (await listings.PostDemandAsync(demand, default)).Id;
            busy = (await listings.UpsertExpertAsync(new Expert
            {
                Name = "王磊", Title = "教授", ResearchFields = ["锂电池极片缺陷检测", "机器视觉"], Keywords = ["缺陷检测", "锂电池", "在线检测"],
                Bio = "长期从事锂电池极片表面缺陷在线视觉检测，检出率 98%，精度 0.02 mm。", Capacity = capacity, OpenToProjects = open,
            }, default)).Id;
            free = (await listings.UpsertExpertAsync(new Expert
            {
                Name = "李娜", Title = "研究员", ResearchFields = ["机器视觉"], Keywords = ["缺陷检测"], Bio = "从事工业机器视觉与表面缺陷检测。",
            }, default)).Id;
        }

        await using (var db = harness.Database.CreateContext())
        {
            for (int i = 0; i < activeMatches; i++)
            {
                var other = ListingValidatorTests.ValidDemand();
                other.EnterpriseId = enterprise.Id;
                other.Id = Guid.CreateVersion7();
                other.Title += i;
                db.Demands.Add(other);
                db.Matches.Add(new Match { Id = Guid.CreateVersion7(), DemandId = other.Id, CandidateKind = CandidateKind.Expert, CandidateId = busy, Stage = MatchStage.Introduced, BrokerSubject = "broker-1" });
            }

            await db.SaveChangesAsync();
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return (demandId, busy, free);
    }
}
