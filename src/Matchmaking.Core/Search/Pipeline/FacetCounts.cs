namespace Matchmaking.Core.Search.Pipeline;

/// <summary>How many matching listings fall in each value of each facet (industry, region, discipline, trl, kind).</summary>
/// <remarks>
/// Not <see cref="Exact"/>: counted on a sample of the match set (<see cref="SampleRate"/> of it) and scaled up.
/// </remarks>
public sealed record FacetCounts(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> ByFacet, bool Exact = true, double SampleRate = 1)
{
    public static readonly FacetCounts Empty = new(new Dictionary<string, IReadOnlyList<FacetValue>>());
}
