using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Matchmaking.Core.Tests.Search.Findable;

/// <summary>
/// Relevance of English-only queries over the seed achievements (nDCG@10 through the served pipeline):
/// seed-data/eval/english/rules.tsv, each query judged by rule (an achievement is relevant when its title
/// holds every Chinese term of the rule). Measured without a glossary, with the curated terms, and with
/// CC-CEDICT too when tools/glossary has exported it.
/// </summary>
public sealed class EnglishQueryEvalTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Evaluate_EnglishQueries_GlossaryLiftsNdcg()
    {
        var dataset = Load();
        Assert.True(dataset.Queries.Count >= 40, $"{dataset.Queries.Count} judged queries");

        var off = await EvaluateAsync(dataset, "", "");
        var curated = await EvaluateAsync(dataset, EnglishGlossaryTests.Curated, "");
        output.WriteLine($"no glossary: {off.Summary()}");
        output.WriteLine($"curated:     {curated.Summary()}");
        if (File.Exists(EnglishGlossaryTests.Cedict))
        {
            var both = await EvaluateAsync(dataset, EnglishGlossaryTests.Curated, EnglishGlossaryTests.Cedict);
            var dictionaryOnly = await EvaluateAsync(dataset, "", EnglishGlossaryTests.Cedict);
            output.WriteLine($"curated + CC-CEDICT: {both.Summary()}");
            output.WriteLine($"CC-CEDICT only:      {dictionaryOnly.Summary()}");
            Assert.True(dictionaryOnly.Metrics["ndcg@10"] > off.Metrics["ndcg@10"] + 0.1, dictionaryOnly.Summary());
            Assert.True(both.Metrics["ndcg@10"] >= curated.Metrics["ndcg@10"] - 0.02, both.Summary());
        }

        // Listings are Chinese: without a glossary English finds next to nothing.
        Assert.True(off.Metrics["ndcg@10"] < 0.1, off.Summary());
        Assert.True(curated.Metrics["ndcg@10"] >= 0.5, curated.Summary());
    }

    /// <summary>The seed achievements as the corpus, the English queries and their rule-derived judgements.</summary>
    internal static BeirDataset Load()
    {
        var corpus = BeirDataset.Load(Path.Combine(RepositoryPaths.Root, "seed-data", "eval", "achievements")).Corpus;
        var queries = new List<BeirQuery>();
        var qrels = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "seed-data", "eval", "english", "rules.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            string[] parts = line.Split('\t');
            string[] rule = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var relevant = corpus.Where(d => rule.All(t => d.Title.Contains(t, StringComparison.Ordinal))).ToDictionary(d => d.Id, _ => 1, StringComparer.Ordinal);
            if (relevant.Count > 0)
            {
                string id = $"en-{queries.Count + 1}";
                queries.Add(new BeirQuery(id, parts[0]));
                qrels[id] = relevant;
            }
        }

        return new BeirDataset("english", corpus, queries, qrels);
    }

    private static async Task<EvaluationReport> EvaluateAsync(BeirDataset dataset, string glossary, string cedict)
    {
        using var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:GlossaryPath"] = glossary, ["Search:CedictPath"] = cedict });
        using var scope = harness.Scope();
        return await scope.ServiceProvider.GetRequiredService<Evaluator>().RunAsync(dataset, "lexical", null, default);
    }
}
