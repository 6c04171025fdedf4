namespace Matchmaking.Core.Search.Rerank;

/// <summary>The candidate pool of one training query: a feature row per candidate and its relevance grade (0 = not judged relevant).</summary>
public sealed record RankingGroup(string QueryId, IReadOnlyList<float[]> Rows, IReadOnlyList<float> Labels);
