namespace Matchmaking.Core.Search.Pipeline;

public sealed record SearchResult(int TotalCount, IReadOnlyList<SearchHit> Hits)
{
    public static readonly SearchResult Empty = new(0, []);
}
