using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Matches;

public sealed record MatchFilter(MatchStage? Stage = null, Guid? DemandId = null, CandidateKind? CandidateKind = null, string? BrokerSubject = null);
