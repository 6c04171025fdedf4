namespace Matchmaking.Core.Search.Pipeline;

public sealed record SearchResult(int TotalCount, IReadOnlyList<SearchHit> Hits, FacetCounts Facets)
{
    public static readonly SearchResult Empty = new(0, [], FacetCounts.Empty);
}
