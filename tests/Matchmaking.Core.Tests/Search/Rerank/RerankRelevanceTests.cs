using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Core.Tests.Search.Rerank;

/// <summary>Relevance on the seed set's planted demand → achievement pairs, as nDCG@10 through the served pipeline.</summary>
public sealed class RerankRelevanceTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public async Task Evaluate_SeedPlantedSubset_HybridFusionBeatsLexical()
    {
        var data = Subset();
        double lexical = await NdcgAsync(data, new() { ["Search:Rerank:Mode"] = "Lexical" });
        double fusion = await NdcgAsync(data, new() { ["Search:Rerank:Mode"] = "Hybrid", ["Search:Rerank:ScorerPath"] = "" });
        Assert.True(fusion > lexical, $"fusion {fusion:F4} vs lexical {lexical:F4}");
    }

    [Fact]
    public async Task Evaluate_SeedPlantedSubset_ShippedScorerBeatsLexical()
    {
        var data = Subset();
        double lexical = await NdcgAsync(data, new() { ["Search:Rerank:Mode"] = "Lexical" });
        double scorer = await NdcgAsync(data, new() { ["Search:Rerank:Mode"] = "Hybrid", ["Search:Rerank:ScorerPath"] = Path.Combine(Root, "onnx-models", "ranker") });
        Assert.True(scorer > lexical + 0.02, $"scorer {scorer:F4} vs lexical {lexical:F4}");
    }

    /// <summary>
    /// train-ranker --purpose recommendation: a scorer trained on recommendation pools of other planted queries (and
    /// other achievements) reranks held-out demands' recommendations better than the fusion they are served by today.
    /// </summary>
    [Fact]
    public async Task TrainOnRecommendationPools_HeldOutQueries_ScorerBeatsFusion()
    {
        var held = Subset();
        var full = BeirDataset.Load(Path.Combine(Root, "seed-data", "eval", "achievements"));
        var heldDocs = held.Corpus.Select(d => d.Id).ToHashSet();
        var trainQueries = full.Queries.Skip(120).Where(q => full.Qrels[q.Id].Keys.All(id => !heldDocs.Contains(id))).Take(400).ToList();
        var judged = trainQueries.SelectMany(q => full.Qrels[q.Id].Keys).ToHashSet();
        var trainCorpus = full.Corpus.Where(d => judged.Contains(d.Id))
            .Concat(full.Corpus.Where(d => !judged.Contains(d.Id) && !heldDocs.Contains(d.Id)).Take(600)).ToList();
        var train = full with { Corpus = trainCorpus, Queries = trainQueries };

        string folder = Path.Combine(Path.GetTempPath(), "mm-rec-scorer-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:Rerank:Mode"] = "Lexical" }))
            {
                var (ids, _) = await harness.Get<Evaluator>().LoadAsync(train, null, default);
                var groups = harness.Get<TrainingSetBuilder>().Build(train, ids, default, SearchPurpose.Recommendation);
                Assert.True(groups.Count > 100, $"{groups.Count} training groups");
                var features = RerankFeatures.All.Where(f => f != RerankFeatures.EmbeddingCosine).ToList();
                RankerTrainer.Train(groups, features, ["seed-train"], folder, trees: 100);
            }

            double fusion = await NdcgAsync(held, new() { ["Search:Rerank:RecommendationMode"] = "Hybrid", ["Search:Rerank:ScorerPath"] = "" }, SearchPurpose.Recommendation);
            double scorer = await NdcgAsync(held, new() { ["Search:Rerank:RecommendationMode"] = "Hybrid", ["Search:Rerank:ScorerPath"] = folder }, SearchPurpose.Recommendation);
            Assert.True(scorer > fusion + 0.03, $"scorer {scorer:F4} vs fusion {fusion:F4}");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The purpose reaches the pools: with the n-gram construction on, recommendation pools are not the search box's.</summary>
    [Fact]
    public async Task TrainingSet_RecommendationPurpose_BuildsTheRecommendationsPools()
    {
        var all = Subset();
        var data = all with { Queries = all.Queries.Take(30).ToList() };
        using var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:RecommendationNgramQuery"] = "true" });
        var (ids, _) = await harness.Get<Evaluator>().LoadAsync(data, null, default);
        var builder = harness.Get<TrainingSetBuilder>();
        var search = builder.Build(data, ids, default, SearchPurpose.Search);
        var recommendation = builder.Build(data, ids, default, SearchPurpose.Recommendation);
        int bm25 = RerankFeatures.IndexOf(RerankFeatures.Bm25);
        static IEnumerable<float> Column(List<RankingGroup> groups, int feature) => groups.SelectMany(g => g.Rows.Select(r => r[feature]));
        Assert.NotEmpty(search);
        Assert.False(Column(search, bm25).SequenceEqual(Column(recommendation, bm25)), "recommendation pools scored as the search box's");
    }

    private static async Task<double> NdcgAsync(BeirDataset data, Dictionary<string, string?> settings, SearchPurpose purpose = SearchPurpose.Search)
    {
        using var harness = new SearchHarness(settings);
        var report = await harness.Get<Evaluator>().RunAsync(data, "test", null, default, purpose: purpose);
        return report.Metrics["ndcg@10"];
    }

    /// <summary>The first 120 planted queries over their judged achievements plus 600 distractors: small enough to index in seconds.</summary>
    private static BeirDataset Subset()
    {
        var full = BeirDataset.Load(Path.Combine(Root, "seed-data", "eval", "achievements"));
        var queries = full.Queries.Take(120).ToList();
        var judged = queries.SelectMany(q => full.Qrels[q.Id].Keys).ToHashSet();
        var corpus = full.Corpus.Where(d => judged.Contains(d.Id)).Concat(full.Corpus.Where(d => !judged.Contains(d.Id)).Take(600)).ToList();
        return full with { Corpus = corpus, Queries = queries };
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seed-data")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("seed-data/ not found above the test binaries.");
    }
}
