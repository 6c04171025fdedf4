namespace Matchmaking.Core.Search.Pipeline;

/// <summary>How many matching listings fall in each value of each facet (industry, region, discipline, trl, kind).</summary>
public sealed record FacetCounts(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> ByFacet)
{
    public static readonly FacetCounts Empty = new(new Dictionary<string, IReadOnlyList<FacetValue>>());
}
