using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Search;

public sealed class SearchFeatureTests
{
    [Fact]
    public async Task Run_FilterByIndustryAndTrl_OnlyMatchingListings()
    {
        using var harness = await SeedAsync();

        var result = await harness.Pipeline.RunAsync(new SearchRequest("电池", [ListingKind.Achievement])
        {
            Filter = new SearchFilter { Industries = [Industry.NewEnergyVehicles], TrlMin = 7 },
        }, default);

        Assert.Equal(["固态锂电池电解质界面改性"], result.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task Run_BudgetFilter_OverlapsAskingPrice()
    {
        using var harness = await SeedAsync();

        var result = await harness.Pipeline.RunAsync(new SearchRequest("电池", [ListingKind.Achievement])
        {
            Filter = new SearchFilter { BudgetMax = 600_000m },
        }, default);

        Assert.Equal(["锂电池极片缺陷视觉检测系统"], result.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task Run_WithFacets_CountsEveryMatch()
    {
        using var harness = await SeedAsync();

        var result = await harness.Pipeline.RunAsync(new SearchRequest("电池", []) { IncludeFacets = true }, default);

        var kinds = result.Facets.ByFacet["kind"].ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(result.TotalCount, kinds.Values.Sum());
        Assert.Equal(2, kinds["Achievement"]);
        Assert.Equal(1, kinds["Demand"]);
        Assert.Contains(result.Facets.ByFacet["industry"], v => v.Value == nameof(Industry.NewEnergyVehicles) && v.Count == 3);
        Assert.Contains(result.Facets.ByFacet["trl"], v => v.Value == "8" && v.Count == 1);
    }

    [Fact]
    public async Task Run_Hit_ExplainsWithSharesTermsAndEscapedHighlights()
    {
        using var harness = await SeedAsync();

        var hit = (await harness.Pipeline.RunAsync(new SearchRequest("锂电池 缺陷检测", [ListingKind.Achievement]), default)).Hits[0];

        Assert.Equal("锂电池极片缺陷视觉检测系统", hit.Title);
        Assert.Equal(1.0, hit.Explanation.Signals.Sum(s => s.Share), 3);
        Assert.Contains("缺陷", hit.Explanation.MatchedTerms);
        Assert.Contains(hit.Explanation.Highlights, h => h.Snippet.Contains("<em>缺陷</em>", StringComparison.Ordinal));
        Assert.DoesNotContain(hit.Explanation.Highlights, h => h.Snippet.Contains("<b>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_ExpiredDemand_LeftOut()
    {
        using var harness = await SeedAsync();
        var today = new DateOnly(2030, 1, 1);

        var result = await harness.Pipeline.RunAsync(new SearchRequest("电池", [ListingKind.Demand]) { Today = today }, default);

        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task Run_SynonymFromEditableList_FindsOtherWording()
    {
        using var harness = await SeedAsync();
        Assert.Equal(0, (await harness.Pipeline.RunAsync(new SearchRequest("蓄电单元", [ListingKind.Achievement]), default)).TotalCount);
        Directory.CreateDirectory(Path.Combine(harness.Root, "indexes", "analysis"));
        await File.WriteAllTextAsync(Path.Combine(harness.Root, "indexes", "analysis", "synonyms.txt"), "蓄电单元, 锂电池\n");

        var result = await harness.Pipeline.RunAsync(new SearchRequest("蓄电单元", [ListingKind.Achievement]), default);

        Assert.Equal(2, result.TotalCount);
    }

    [Fact]
    public async Task Recommend_ForDemand_AchievementsWithConstraintChecks()
    {
        using var harness = await SeedAsync();
        using var scope = harness.Scope();
        var service = scope.ServiceProvider.GetRequiredService<RecommendationService>();

        var result = await service.RecommendAsync(ListingKind.Demand, harness.DemandId, [ListingKind.Achievement], 5, default);

        Assert.Equal("锂电池极片缺陷视觉检测系统", result.Hits[0].Title);
        var checks = result.Hits[0].Explanation.Constraints.ToDictionary(c => c.Name, c => c.Met);
        Assert.True(checks["trl"]);
        Assert.True(checks["budget"]);
        Assert.Contains(result.Hits[0].Explanation.Signals, s => s.Name == "trl" && s.Share > 0);
        Assert.DoesNotContain(result.Hits, h => h.Id == harness.DemandId);
    }

    [Fact]
    public async Task Recommend_ForAchievement_OpenDemands()
    {
        using var harness = await SeedAsync();
        using var scope = harness.Scope();
        var service = scope.ServiceProvider.GetRequiredService<RecommendationService>();

        var result = await service.RecommendAsync(ListingKind.Achievement, harness.AchievementId, [], 5, default);

        Assert.Equal([harness.DemandId], result.Hits.Select(h => h.Id));
        Assert.All(result.Hits, h => Assert.Equal(ListingKind.Demand, h.Kind));
    }

    [Fact]
    public async Task Run_CommonAndRareTerm_CommonTermAloneDoesNotMatch()
    {
        using var harness = await SeedAsync(new Dictionary<string, string?> { ["Search:CommonTermsMinDocuments"] = "0" });

        // 电池 is in two of the five documents (over Search:CommonTermsFrequency), 缺陷 in one.
        var result = await harness.Pipeline.RunAsync(new SearchRequest("缺陷 电池", [ListingKind.Achievement]), default);

        Assert.Equal(["锂电池极片缺陷视觉检测系统"], result.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task Run_UnknownAndCommonTerm_FallsBackToCommonTerm()
    {
        using var harness = await SeedAsync(new Dictionary<string, string?> { ["Search:CommonTermsMinDocuments"] = "0" });

        var result = await harness.Pipeline.RunAsync(new SearchRequest("量子纠缠 电池", [ListingKind.Achievement]), default);

        Assert.Equal(2, result.TotalCount);
    }

    [Fact]
    public async Task TermVectorTokenStream_Highlights_SameAsLuceneTokenSources()
    {
        using var harness = await SeedAsync();
        using var lease = harness.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        string field = Matchmaking.Core.Search.Analysis.FieldNames.Words(Matchmaking.Core.Search.Analysis.FieldNames.All);
        var scorer = new Lucene.Net.Search.Highlight.QueryTermScorer(new[] { "锂", "电池", "缺陷", "检测", "注塑", "缩痕", "界面" }
            .Select((w, i) => new Lucene.Net.Search.Highlight.WeightedTerm(1f + i, w)).ToArray());
        var highlighter = new Lucene.Net.Search.Highlight.Highlighter(new Lucene.Net.Search.Highlight.SimpleHTMLFormatter("<em>", "</em>"), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = new Lucene.Net.Search.Highlight.SimpleFragmenter(20),
        };

        int compared = 0;
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            var vector = reader.GetTermVector(doc, field);
            string text = reader.Document(doc).Get(Matchmaking.Core.Search.Analysis.FieldNames.All) ?? "";
            if (vector is null || text.Length == 0)
            {
                continue;
            }

            using var lucene = Lucene.Net.Search.Highlight.TokenSources.GetTokenStream(vector, tokenPositionsGuaranteedContiguous: false);
            using var ours = new TermVectorTokenStream(vector);
            Assert.Equal(highlighter.GetBestFragments(lucene, text, 3), highlighter.GetBestFragments(ours, text, 3));
            compared++;
        }

        Assert.True(compared >= 4, $"{compared} documents compared");
    }

    [Fact]
    public async Task Analyze_LongText_KeepsTheMostTellingWords()
    {
        using var harness = await BatteryTitlesAsync("Search:LongQueryTerms", "3");
        var analyzer = harness.Get<QueryAnalyzer>();

        var words = analyzer.Analyze(new SearchRequest("系统 电池 系统 缩痕 系统 电池 注塑件 系统", [])).Words;

        // 系统 is everywhere but said four times; the words of 缩痕 and 注塑件 are in no document; 电池 is
        // in all three and said twice: it is the one left out, and the order of the text is kept.
        Assert.Equal(3, words.Count);
        Assert.Equal("系统", words[0]);
        Assert.DoesNotContain("电池", words);
        Assert.Contains(words, w => "缩痕注塑件".Contains(w, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyze_LongText_BoostFieldsGetOnlyTheMostTellingTerms()
    {
        using var harness = await BatteryTitlesAsync("Search:BoostFieldTerms", "2");
        var query = harness.Get<QueryAnalyzer>().Analyze(new SearchRequest("系统 电池 缩痕 注塑件 回收", []));

        var all = query.In(FieldNames.Words(FieldNames.All)).Select(t => t.Text).ToList();
        var title = query.In(FieldNames.Words(FieldNames.Title)).Select(t => t.Text).ToList();
        var keywords = query.In(FieldNames.Words(FieldNames.Keywords)).Select(t => t.Text).ToList();

        // The whole-text field keeps every word; the boost fields the two rarest (系统 and 电池 are in
        // every document, so they are the ones left out there).
        Assert.True(all.Count >= 4, string.Join(' ', all));
        Assert.Equal(2, title.Count);
        Assert.Equal(title, keywords);
        Assert.DoesNotContain("系统", title);
        Assert.DoesNotContain("电池", title);
        Assert.All(title, w => Assert.Contains(w, all));
    }

    [Fact]
    public void Analyze_KeywordList_EachKeywordWeighsAlike()
    {
        using var harness = new SearchHarness();
        var analyzer = harness.Get<QueryAnalyzer>();
        string bigrams = Matchmaking.Core.Search.Analysis.FieldNames.Bigrams(Matchmaking.Core.Search.Analysis.FieldNames.All);

        var list = analyzer.Analyze(new SearchRequest("锂离子电池隔膜 碳化硅 检测", [])).In(bigrams).ToDictionary(t => t.Text, t => t.Weight);
        var sentence = analyzer.Analyze(new SearchRequest("检测锂离子电池隔膜上的碳化硅。", [])).In(bigrams).ToList();

        // Six bigrams against two and one: the long keyword's terms weigh less, the short ones more.
        Assert.True(list["锂离"] < 1f && list["碳化"] > 1f && list["检测"] > list["碳化"]);
        float longKeyword = new[] { "锂离", "离子", "子电", "电池", "池隔", "隔膜" }.Sum(b => list[b]);
        float shortKeyword = list["碳化"] + list["化硅"];
        Assert.InRange(longKeyword / shortKeyword, 1f, 6f / 2f * 0.6f);
        Assert.All(sentence, t => Assert.Equal(1f, t.Weight));
    }

    /// <summary>Three achievements where 系统 and 电池 are in every document, with one setting changed.</summary>
    private static async Task<SearchHarness> BatteryTitlesAsync(string setting, string value)
    {
        var harness = new SearchHarness(new Dictionary<string, string?> { [setting] = value });
        using (var scope = harness.Scope())
        {
            foreach (string title in new[] { "锂电池检测系统", "电池管理系统", "电池回收系统" })
            {
                await harness.Listings(scope).PublishAchievementAsync(new Achievement { Title = title, Abstract = "系统", Trl = 5 }, default);
            }
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }

    private static async Task<SeededHarness> SeedAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var harness = new SeededHarness(settings);
        var enterprise = await ListingServiceTests.RegisterAsync(harness.Database);
        using (var scope = harness.Scope())
        {
            var listings = harness.Listings(scope);
            harness.AchievementId = (await listings.PublishAchievementAsync(new Achievement
            {
                Title = "锂电池极片缺陷视觉检测系统", Abstract = "基于卷积神经网络识别极片划痕与漏涂，检出率 ≥ 98%，精度 0.02mm。",
                Trl = 6, Industry = Industry.NewEnergyVehicles, AskingPrice = 500_000m, Region = "合肥", Keywords = ["缺陷检测", "机器视觉"],
            }, default)).Id;
            await listings.PublishAchievementAsync(new Achievement
            {
                Title = "固态锂电池电解质界面改性", Abstract = "硫化物电解质界面包覆，循环寿命提升 40%。",
                Trl = 8, Industry = Industry.NewEnergyVehicles, AskingPrice = 3_000_000m, Region = "芜湖", Keywords = ["固态电池"],
            }, default);
            await listings.PublishAchievementAsync(new Achievement
            {
                Title = "注塑件缩痕工艺优化", Abstract = "模流分析优化保压曲线，缩痕深度降低 60%。",
                Trl = 7, Industry = Industry.NewMaterials, AskingPrice = 200_000m, Keywords = ["注塑"],
            }, default);
            var demand = Domain.ListingValidatorTests.ValidDemand();
            demand.EnterpriseId = enterprise.Id;
            demand.Deadline = new DateOnly(2029, 12, 31);
            harness.DemandId = (await listings.PostDemandAsync(demand, default)).Id;
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }

    private sealed class SeededHarness(IReadOnlyDictionary<string, string?>? settings) : SearchHarness(settings)
    {
        public Guid DemandId { get; set; }

        public Guid AchievementId { get; set; }
    }
}
