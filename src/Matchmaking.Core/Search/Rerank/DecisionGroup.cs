using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// One demand's recommendation pool with its labels: the ranking group the scorer learns from, the query and
/// candidates the served rerankers are compared on, when the demand was first decided (null for labels that
/// came from the seed set's planted pairs) and how many decisions fell inside the pool.
/// </summary>
public sealed record DecisionGroup(RankingGroup Group, AnalyzedQuery Query, IReadOnlyList<Candidate> Candidates, DateTimeOffset? FirstDecision, int Decisions);
