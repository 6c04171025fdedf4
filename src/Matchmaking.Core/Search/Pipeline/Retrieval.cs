namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// The output of the retrieve step: the candidate pool, how many listings matched in all (an estimate when not
/// <see cref="TotalCountIsExact"/>), and facets.
/// </summary>
public sealed record Retrieval(int TotalCount, IReadOnlyList<Candidate> Candidates, FacetCounts Facets, Lucene.Net.Search.Query? Query)
{
    public bool TotalCountIsExact { get; init; } = true;

    public static readonly Retrieval Empty = new(0, [], FacetCounts.Empty, null);
}
