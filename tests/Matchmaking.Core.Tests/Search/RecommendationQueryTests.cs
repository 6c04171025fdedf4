using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Core.Tests.Search;

/// <summary>Recommendations' own query construction and rerank (SearchRequest.Purpose), and the peer they are measured against.</summary>
public sealed class RecommendationQueryTests
{
    private static readonly string Characters = FieldNames.Unigrams(FieldNames.All);

    [Fact]
    public async Task Analyze_Recommendation_AddsCharactersOnlyForRecommendations()
    {
        using var harness = await ShrinkMarksAsync(new() { ["Search:RecommendationUnigramBoost"] = "1" });
        var analyzer = harness.Get<QueryAnalyzer>();

        var search = analyzer.Analyze(new SearchRequest("注塑件缩痕", [ListingKind.Achievement]));
        var recommendation = analyzer.Analyze(new SearchRequest("注塑件缩痕", [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation });

        Assert.Empty(search.In(Characters));
        Assert.Equal(["注", "塑", "件", "缩", "痕"], recommendation.In(Characters).Select(t => t.Text));
        Assert.Equal(search.In(FieldNames.Words(FieldNames.All)).Select(t => t.Text), recommendation.In(FieldNames.Words(FieldNames.All)).Select(t => t.Text));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", true)]
    public async Task Run_RecommendationSharingOnlyACharacter_FoundThroughTheCharacterField(string boost, bool found)
    {
        using var harness = await ShrinkMarksAsync(new() { ["Search:RecommendationUnigramBoost"] = boost });

        // 缩痕 and 收缩凹陷 share no word and no character pair, only 缩.
        var result = await harness.Pipeline.RunAsync(new SearchRequest("缩痕", [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation }, default);

        Assert.Equal(found, result.Hits.Any(h => h.Title == "注塑件收缩凹陷控制"));
    }

    [Fact]
    public async Task Run_ListingAddedAfterTheBuild_CatchUpFillsTheCharacterField()
    {
        using var harness = await ShrinkMarksAsync(new() { ["Search:RecommendationUnigramBoost"] = "1" });
        using (var scope = harness.Scope())
        {
            await harness.Listings(scope).PublishAchievementAsync(new Achievement { Title = "模具收缩补偿设计", Abstract = "补偿模具尺寸。", Trl = 5 }, default);
        }

        await harness.Maintenance.CatchUpAsync(default);
        var result = await harness.Pipeline.RunAsync(new SearchRequest("缩痕", [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation }, default);

        Assert.Contains(result.Hits, h => h.Title == "模具收缩补偿设计");
    }

    [Fact]
    public async Task Run_RecommendationMode_HybridForRecommendationsOnly()
    {
        using var harness = await ShrinkMarksAsync(new() { ["Search:Rerank:Mode"] = "Lexical", ["Search:Rerank:RecommendationMode"] = "Hybrid" });
        string text = "注塑件缩痕工艺问题，希望降低缩痕深度，提升外观质量与良率，兼顾生产节拍。";

        var search = await harness.Pipeline.RunAsync(new SearchRequest(text, [ListingKind.Achievement]), default);
        var recommendation = await harness.Pipeline.RunAsync(new SearchRequest(text, [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation }, default);

        Assert.All(search.Hits, h => Assert.DoesNotContain(h.Explanation.Signals, s => s.Name == HybridReranker.TfidfSignal));
        Assert.Contains(recommendation.Hits, h => h.Explanation.Signals.Any(s => s.Name == HybridReranker.TfidfSignal));
    }

    [Fact]
    public async Task Analyze_NgramQuery_EveryCharacterAndPairOfTheText_OnlyForRecommendations()
    {
        using var harness = await ShrinkMarksAsync(new() { ["Search:RecommendationNgramQuery"] = "true", ["Search:LongQueryTerms"] = "2" });
        var analyzer = harness.Get<QueryAnalyzer>();
        string text = "缩痕缩痕 注塑件";

        var search = analyzer.Analyze(new SearchRequest(text, [ListingKind.Achievement]));
        var recommendation = analyzer.Analyze(new SearchRequest(text, [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation });

        Assert.Empty(search.In(Characters));
        Assert.True(search.In(FieldNames.Bigrams(FieldNames.All)).Count() <= 2);

        // No long-text cut: every distinct character, a repeated one weighted 2·tf/(1+tf) (twice = 4/3).
        var characters = recommendation.In(Characters).ToDictionary(t => t.Text, t => t.Weight);
        Assert.Equal(["缩", "痕", "注", "塑", "件"], characters.Keys);
        Assert.Equal(4f / 3, characters["缩"], 3);
        Assert.Equal(1f, characters["注"], 3);
        Assert.Contains(recommendation.In(FieldNames.Bigrams(FieldNames.All)), t => t.Text == "注塑");
        Assert.Contains(recommendation.In(FieldNames.Bigrams(FieldNames.All)), t => t.Text == "缩痕" && Math.Abs(t.Weight - 4f / 3) < 1e-3);
    }

    [Fact]
    public async Task Analyze_NgramQueryCapped_KeepsTheRarestCharactersInTextOrder()
    {
        using var harness = await ShrinkMarksAsync(new() { ["Search:RecommendationNgramQuery"] = "true", ["Search:RecommendationNgramTerms"] = "2" });
        var analyzer = harness.Get<QueryAnalyzer>();

        // 控 and 制 are in two of the three listings, 模 and 痕 in one each: the two rarest stay, in the order written.
        var recommendation = analyzer.Analyze(new SearchRequest("控制模痕", [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation });

        Assert.Equal(["模", "痕"], recommendation.In(Characters).Select(t => t.Text));
        Assert.True(recommendation.In(FieldNames.Bigrams(FieldNames.All)).Count() <= 2);
        Assert.True(recommendation.In(FieldNames.Words(FieldNames.All)).Count() <= 2);
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public async Task Run_NgramQuery_FindsAListingSharingOnlyACharacter(string ngrams, bool found)
    {
        using var harness = await ShrinkMarksAsync(new() { ["Search:RecommendationNgramQuery"] = ngrams });

        // 缩痕 and 收缩凹陷 share only 缩; the n-gram query scores the characters without the opt-in boost.
        var result = await harness.Pipeline.RunAsync(new SearchRequest("缩痕", [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation }, default);

        Assert.Equal(found, result.Hits.Any(h => h.Title == "注塑件收缩凹陷控制"));
    }

    [Fact]
    public async Task Analyze_NgramRescore_RarestTermsForRecommendationsOnly()
    {
        using var harness = await ShrinkMarksAsync(new() { ["Search:RecommendationNgramRescorePool"] = "512", ["Search:RecommendationNgramRescoreTerms"] = "2" });
        var analyzer = harness.Get<QueryAnalyzer>();

        var search = analyzer.Analyze(new SearchRequest("控制模痕", [ListingKind.Achievement]));
        var recommendation = analyzer.Analyze(new SearchRequest("控制模痕", [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation });

        // The fast query is the search box's; the rescore keeps the two rarest characters (模, 痕; 控 and 制 are in two listings).
        Assert.Empty(search.RescoreTerms);
        Assert.Equal(search.Terms, recommendation.Terms);
        Assert.Equal(["模", "痕"], recommendation.RescoreTerms.Where(t => t.Field == Characters).Select(t => t.Text));
        Assert.True(recommendation.RescoreTerms.Count(t => t.Field == FieldNames.Bigrams(FieldNames.All)) <= 2);
    }

    [Fact]
    public async Task Run_NgramRescoreOfTheWholePool_OrdersAsTheFullNgramQuery()
    {
        string text = "注塑件缩痕控制，模流分析与视觉检测，电机控制器。";
        var request = new SearchRequest(text, [ListingKind.Achievement]) { Purpose = SearchPurpose.Recommendation, Limit = 10 };
        using var full = await ShrinkMarksAsync(new() { ["Search:RecommendationNgramQuery"] = "true", ["Search:Rerank:RecommendationMode"] = "Lexical" });
        using var rescored = await ShrinkMarksAsync(new() { ["Search:RecommendationNgramRescorePool"] = "512", ["Search:RecommendationNgramRescoreTerms"] = "0", ["Search:Rerank:RecommendationMode"] = "Lexical" });
        using var fast = await ShrinkMarksAsync(new() { ["Search:RecommendationNgramRescorePool"] = "0", ["Search:Rerank:RecommendationMode"] = "Lexical" });

        var expected = await full.Pipeline.RunAsync(request, default);
        var actual = await rescored.Pipeline.RunAsync(request, default);
        var plain = await fast.Pipeline.RunAsync(request, default);

        // Every listing is in the pool, and the rescore query is the n-gram query: the same order and scores.
        Assert.Equal(3, expected.Hits.Count);
        Assert.Equal(expected.Hits.Select(h => h.Title), actual.Hits.Select(h => h.Title));
        Assert.Equal(expected.Hits.Select(h => h.Score), actual.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) < 1e-4);
        Assert.NotEqual(plain.Hits.Select(h => h.Score), actual.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) < 1e-4);
    }

    [Fact]
    public void PeerTerms_CjkCharactersAndPairs_OtherWordsLowercased()
    {
        Assert.Equal(["锂", "锂电", "电", "电池", "池", "sic"], PeerBaseline.Terms("锂电池 SiC"));
    }

    [Fact]
    public void PeerSearch_SharedCharactersRankFirst_TitleCountsTwice()
    {
        using var peer = new PeerBaseline(
        [
            new BeirDocument("a", "收缩凹陷", "注塑件外观。", ""),
            new BeirDocument("b", "电池管理", "注塑件外观。", ""),
            new BeirDocument("c", "外观", "收缩凹陷。", ""),
        ]);

        // a and c both hold 缩 once in the text; a holds it in its title, which counts twice.
        Assert.Equal(["a", "c"], peer.Search("缩痕", 10));
        Assert.Equal(3, peer.Documents);
    }

    private static async Task<SearchHarness> ShrinkMarksAsync(Dictionary<string, string?> settings)
    {
        var harness = new SearchHarness(settings);
        using (var scope = harness.Scope())
        {
            foreach (var (title, text) in new[] { ("注塑件收缩凹陷控制", "模流分析优化保压曲线。"), ("锂电池极片检测", "视觉识别划痕。"), ("电机控制器设计", "矢量控制算法。") })
            {
                await harness.Listings(scope).PublishAchievementAsync(new Achievement { Title = title, Abstract = text, Trl = 5 }, default);
            }
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }
}
