using Matchmaking.Core.Search.Evaluation;

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

    private static async Task<double> NdcgAsync(BeirDataset data, Dictionary<string, string?> settings)
    {
        using var harness = new SearchHarness(settings);
        var report = await harness.Get<Evaluator>().RunAsync(data, "test", null, default);
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
