namespace Matchmaking.Core.Search.Rerank;

/// <summary>One labelled pair for the ranker: the demand, the candidate, its grade (0 = a negative) and when it was decided.</summary>
public sealed record BrokerDecision(Guid DemandId, Guid CandidateId, float Grade, DateTimeOffset At);
