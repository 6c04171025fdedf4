namespace Matchmaking.Core.Search.Pipeline;

/// <summary>A candidate after reranking: final score, the signals that sum to it, and the constraints checked.</summary>
public sealed record RankedHit(Candidate Candidate, double Score, IReadOnlyDictionary<string, double> Signals)
{
    public IReadOnlyList<ConstraintCheck> Constraints { get; init; } = [];
}
