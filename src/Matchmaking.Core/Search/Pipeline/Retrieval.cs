namespace Matchmaking.Core.Search.Pipeline;

/// <summary>The output of the retrieve step: the candidate pool, how many listings matched in all, and facets.</summary>
public sealed record Retrieval(int TotalCount, IReadOnlyList<Candidate> Candidates, FacetCounts Facets, Lucene.Net.Search.Query? Query)
{
    public static readonly Retrieval Empty = new(0, [], FacetCounts.Empty, null);
}
