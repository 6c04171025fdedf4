using System.Text.Json.Serialization;

namespace Matchmaking.Core.Search.Evaluation;

/// <summary>One query of an eval run: the rank of its first relevant document (0 = not in the top 100) and its nDCG@10.</summary>
public sealed record QueryOutcome(
    [property: JsonPropertyName("query")] string QueryId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("first_relevant_rank")] int FirstRelevantRank,
    [property: JsonPropertyName("ndcg@10")] double Ndcg,
    [property: JsonPropertyName("top3")] IReadOnlyList<string> Top3);
