namespace Matchmaking.Core.Search.Pipeline;

/// <summary>A candidate after reranking, with the final score and the signals that made it.</summary>
public sealed record RankedHit(Candidate Candidate, double Score, IReadOnlyDictionary<string, double> Signals);
