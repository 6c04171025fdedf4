using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Search.Explain;

/// <summary>Matched terms as a user reads them, and every constraint checked in lexical mode, over a real index.</summary>
public sealed class MatchedTermsTests
{
    [Fact]
    public async Task Run_QueryWithMeasureAndGenericWords_MatchedTermsAreWordsAndWholeCodes()
    {
        using var harness = await SeedAsync();

        var hit = (await harness.Pipeline.RunAsync(new SearchRequest("企业长期需要注塑件缩痕检测，精度 0.02mm，深度降低 15%", [ListingKind.Achievement]), default)).Hits
            .Single(h => h.Title == "注塑件缩痕工艺优化");

        var terms = hit.Explanation.MatchedTerms;
        Assert.Contains("0.02mm", terms);
        Assert.Contains("注塑", terms);
        Assert.Contains("缩痕", terms); // SmartCn's 缩 · 痕, joined as the listing writes them (not 件缩痕, once in the title)
        Assert.Contains("降低", terms);
        Assert.All(terms, t => Assert.False(t.Length == 1, $"lone character {t} in [{string.Join(", ", terms)}]"));
        Assert.DoesNotContain(terms, t => t is "0" or "02" or "mm" or "15" or "企业" or "长期" or "件" or "缩" or "痕");
    }

    [Fact]
    public async Task Run_EnglishWord_ShownAsTheListingWritesIt()
    {
        using var harness = await SeedAsync();

        var hit = (await harness.Pipeline.RunAsync(new SearchRequest("battery SiC-MOSFET", [ListingKind.Achievement]), default)).Hits[0];

        Assert.Equal("硅基负极材料", hit.Title);
        Assert.Equal(["SiC-MOSFET", "Batteries"], hit.Explanation.MatchedTerms);
    }

    [Fact]
    public async Task Recommend_LexicalMode_ChecksCooperationAndDeadline()
    {
        using var harness = await SeedAsync(new Dictionary<string, string?> { ["Search:Rerank:RecommendationMode"] = "Lexical" });
        using var scope = harness.Scope();
        var service = scope.ServiceProvider.GetRequiredService<RecommendationService>();

        var result = await service.RecommendAsync(ListingKind.Demand, harness.DemandId, [ListingKind.Achievement], 5, default);

        var hit = result.Hits.Single(h => h.Title == "注塑件缩痕工艺优化");
        var checks = hit.Explanation.Constraints.ToDictionary(c => c.Name);
        Assert.True(checks["cooperation"].Met, checks["cooperation"].Detail);
        Assert.Equal("both accept joint development (合作开发)", checks["cooperation"].Detail);
        Assert.True(checks["deadline"].Met, checks["deadline"].Detail);
        Assert.StartsWith("due 2029-12-31", checks["deadline"].Detail, StringComparison.Ordinal);
        Assert.True(checks["budget"].Met, checks["budget"].Detail);
        Assert.Equal("price 200,000 within the budget 100,000–500,000", checks["budget"].Detail);

        // Explained, not boosted: the lexical ranking is as before.
        Assert.DoesNotContain(hit.Explanation.Signals, s => s.Name is "cooperation" or "deadline");
    }

    private static async Task<SeededHarness> SeedAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var harness = new SeededHarness(settings);
        var enterprise = await ListingServiceTests.RegisterAsync(harness.Database);
        using (var scope = harness.Scope())
        {
            var listings = harness.Listings(scope);
            await listings.PublishAchievementAsync(new Achievement
            {
                Title = "注塑件缩痕工艺优化", Abstract = "模流分析优化保压曲线，缩痕深度降低 60%，精度 0.02mm，适合企业长期使用。",
                Trl = 7, Industry = Industry.NewMaterials, AskingPrice = 200_000m, Keywords = ["注塑"],
                CooperationModes = CooperationModes.JointDevelopment | CooperationModes.Transfer,
            }, default);
            await listings.PublishAchievementAsync(new Achievement
            {
                Title = "硅基负极材料", Abstract = "Silicon anodes for Lithium Batteries；SiC-MOSFET 驱动的快充模块。",
                Trl = 5, Industry = Industry.NewMaterials, AskingPrice = 800_000m, Keywords = ["负极"],
            }, default);
            var demand = Domain.ListingValidatorTests.ValidDemand();
            demand.EnterpriseId = enterprise.Id;
            demand.Title = "注塑件缩痕改善";
            demand.Deadline = new DateOnly(2029, 12, 31);
            harness.DemandId = (await listings.PostDemandAsync(demand, default)).Id;
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }

    private sealed class SeededHarness(IReadOnlyDictionary<string, string?>? settings) : SearchHarness(settings)
    {
        public Guid DemandId { get; set; }
    }
}
