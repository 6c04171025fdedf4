using Lucene.Net.Index;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Search.Rerank;
using F = Matchmaking.Core.Search.Rerank.RerankFeatures;

namespace Matchmaking.Core.Tests.Search.Rerank;

/// <summary>The text features served from the per-generation n-gram cache equal those computed from the stored texts.</summary>
public sealed class FeatureExtractorTests
{
    private const string Query = "锂电池极片缺陷检测 视觉检测系统 Battery";

    [Fact]
    public async Task Extract_WarmCache_SameFeaturesAsColdAndAsStoredTexts()
    {
        using var harness = await SeedAsync();
        var (query, candidates) = Retrieve(harness, Query);
        Assert.True(candidates.Count >= 3, $"{candidates.Count} candidates");
        var extractor = harness.Get<FeatureExtractor>();

        var cold = extractor.Extract(query, candidates).Rows;
        var warm = extractor.Extract(query, candidates).Rows;

        Assert.Equal(cold, warm);
        var reference = Uncached(harness, query, candidates, Statistics(harness));
        for (int i = 0; i < candidates.Count; i++)
        {
            foreach (string feature in new[] { F.Tfidf, F.TitleTfidf, F.OrderedPairs, F.DocumentLength })
            {
                Assert.Equal(reference[i][feature], warm[i][F.IndexOf(feature)]);
            }
        }

        Assert.Contains(warm, row => row[F.IndexOf(F.Tfidf)] > 0 && row[F.IndexOf(F.OrderedPairs)] > 0);
    }

    [Fact]
    public async Task Extract_ListingTextEdited_FeaturesFollowTheNewText()
    {
        using var harness = await SeedAsync();
        var extractor = harness.Get<FeatureExtractor>();
        var (query, candidates) = Retrieve(harness, "注塑 模具");
        var before = extractor.Extract(query, candidates).Rows;

        // The extractor keeps the document frequencies of the generation it first saw; so does the reference.
        var stats = Statistics(harness);
        var target = candidates.Single(c => harness.Title(c.Id) == "注塑件缩痕控制工艺");
        float titleBefore = before[candidates.IndexOf(target)][F.IndexOf(F.TitleTfidf)];

        using (var scope = harness.Scope())
        {
            await harness.Listings(scope).UpdateAchievementAsync(target.Id, a => a.Title = "注塑模具 注塑模具温度控制", default);
        }

        await harness.Maintenance.CatchUpAsync(default);
        (query, candidates) = Retrieve(harness, "注塑 模具");
        var after = extractor.Extract(query, candidates).Rows;
        float titleAfter = after[candidates.IndexOf(candidates.Single(c => c.Id == target.Id))][F.IndexOf(F.TitleTfidf)];

        Assert.True(titleAfter > titleBefore, $"title cosine {titleBefore} → {titleAfter}");
        Assert.Equal(Uncached(harness, query, candidates, stats).Select(r => r[F.TitleTfidf]), after.Select(r => r[F.IndexOf(F.TitleTfidf)]));
    }

    private static (AnalyzedQuery Query, List<Candidate> Candidates) Retrieve(FeatureHarness harness, string text)
    {
        var query = harness.Get<QueryAnalyzer>().Analyze(new SearchRequest(text, [ListingKind.Achievement]));
        return (query, harness.Get<LexicalRetriever>().Retrieve(query, 200).Candidates.ToList());
    }

    /// <summary>The features as computed before the cache: stored texts read and tokenised per query, dictionary lookups in first-occurrence order.</summary>
    private static List<Dictionary<string, float>> Uncached(FeatureHarness harness, AnalyzedQuery query, List<Candidate> candidates, NgramStatistics stats)
    {
        var texts = LiveDocuments(harness);
        var words = query.WordSequence;
        var pairs = Enumerable.Range(0, Math.Max(0, words.Count - 1)).Select(i => words[i] + words[i + 1]).Distinct().Take(48).ToList();
        return candidates.Select(c =>
        {
            var doc = texts.Single(d => d.Get(FieldNames.Id) == c.Id.ToString("D"));
            string text = doc.Get(FieldNames.All);
            return new Dictionary<string, float>
            {
                [F.Tfidf] = Cosine(query.Request.Text, text, stats),
                [F.TitleTfidf] = Cosine(query.Request.Text, doc.Get(FieldNames.Title), stats),
                [F.OrderedPairs] = pairs.Count == 0 ? 0 : (float)pairs.Count(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)) / pairs.Count,
                [F.DocumentLength] = MathF.Log(1 + text.Length),
            };
        }).ToList();
    }

    private static NgramStatistics Statistics(FeatureHarness harness) =>
        NgramStatistics.Build("", LiveDocuments(harness).Select(d => d.Get(FieldNames.All)), (float)new RerankOptions().UnigramWeight);

    private static List<Lucene.Net.Documents.Document> LiveDocuments(FeatureHarness harness)
    {
        using var lease = harness.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        return Enumerable.Range(0, reader.MaxDoc).Where(d => live is null || live.Get(d)).Select(d => reader.Document(d)).ToList();
    }

    private static float Cosine(string query, string document, NgramStatistics stats)
    {
        var q = CharNgrams.Count(query);
        var d = CharNgrams.Count(document);
        double dot = 0;
        foreach (var (key, tf) in q)
        {
            if (d.TryGetValue(key, out int dtf))
            {
                dot += stats.Weight(key, tf) * (1f + MathF.Log(dtf)) * stats.Idf(key);
            }
        }

        float qn = Norm(q, stats);
        float dn = Norm(d, stats);
        return qn == 0 || dn == 0 ? 0 : (float)(dot / (qn * dn));
    }

    private static float Norm(Dictionary<long, int> counts, NgramStatistics stats)
    {
        double sum = 0;
        foreach (var (key, tf) in counts)
        {
            float w = stats.Weight(key, tf);
            sum += w * w;
        }

        return (float)Math.Sqrt(sum);
    }

    private static async Task<FeatureHarness> SeedAsync()
    {
        var harness = new FeatureHarness();
        using (var scope = harness.Scope())
        {
            var listings = harness.Listings(scope);
            foreach (var (title, body) in new[]
            {
                ("锂电池极片缺陷视觉检测系统", "基于深度学习的锂电池极片表面缺陷视觉检测系统，检测速度达每分钟 60 米。Battery electrode inspection."),
                ("固态锂电池电解质界面改性", "通过界面改性提升固态电池循环寿命，适用于动力电池。"),
                ("动力电池回收与梯次利用", "退役动力锂电池的检测、分选与梯次利用技术，含缺陷检测环节。"),
                ("注塑件缩痕控制工艺", "注塑件缩痕与翘曲的工艺参数优化，模具温度控制。"),
                ("工业视觉检测平台", "通用工业视觉检测平台，支持表面缺陷检测与尺寸测量。"),
            })
            {
                var achievement = await listings.PublishAchievementAsync(new Achievement { Title = title, Abstract = body, Trl = 6, Keywords = ["检测"] }, default);
                harness.Titles[achievement.Id] = title;
            }
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }

    private sealed class FeatureHarness() : SearchHarness(new Dictionary<string, string?> { ["Search:Rerank:Mode"] = "Hybrid" })
    {
        public Dictionary<Guid, string> Titles { get; } = [];

        public string Title(Guid id) => Titles[id];
    }
}
