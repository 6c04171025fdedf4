using System.Text.Json.Serialization;

namespace Matchmaking.Core.Search.Evaluation;

/// <summary>What the eval verb writes: the metrics of one dataset run through the served pipeline.</summary>
public sealed record EvaluationReport(
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("docs")] int Docs,
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("metrics")] IReadOnlyDictionary<string, double> Metrics,
    [property: JsonPropertyName("latency_ms")] IReadOnlyDictionary<string, double> LatencyMs,
    [property: JsonPropertyName("index_seconds")] double IndexSeconds)
{
    public string Summary() =>
        $"{Dataset} [{Mode}] docs={Docs} queries={Queries} nDCG@10={Metrics["ndcg@10"]:F4} (binary {Metrics.GetValueOrDefault("ndcg@10_binary"):F4}) MRR@10={Metrics["mrr@10"]:F4} " +
        $"R@1={Metrics["recall@1"]:F4} R@10={Metrics["recall@10"]:F4} R@100={Metrics["recall@100"]:F4} gini@10={Metrics.GetValueOrDefault("gini@10"):F4} " +
        $"p50={LatencyMs["p50"]:F2}ms p95={LatencyMs["p95"]:F2}ms index={IndexSeconds:F1}s";
}
