namespace Matchmaking.Core.Seed;

/// <summary>
/// A demand and an achievement or expert written to answer it. <see cref="Score"/> is 2 for the
/// best answer and 1 for the others; <see cref="Paraphrased"/> marks a candidate written with the
/// solution-side phrasing and other synonyms, so that it shares few words with the demand.
/// </summary>
public sealed record PlantedPair(Guid DemandId, Guid CandidateId, int Score, bool Paraphrased);
