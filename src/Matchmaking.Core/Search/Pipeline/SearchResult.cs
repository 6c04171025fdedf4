namespace Matchmaking.Core.Search.Pipeline;

public sealed record SearchResult(int TotalCount, IReadOnlyList<SearchHit> Hits, FacetCounts Facets)
{
    /// <summary>
    /// False when <see cref="TotalCount"/> is an estimate: duplicates were collapsed and part of the match set
    /// (past the candidate pool, or past the page) was never compared with the kept hits, so it may hold more.
    /// </summary>
    public bool TotalCountIsExact { get; init; } = true;

    public static readonly SearchResult Empty = new(0, [], FacetCounts.Empty);
}
