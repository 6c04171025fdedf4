namespace Matchmaking.Core.Search.Pipeline;

/// <summary>The output of the retrieve step: the candidate pool and how many listings matched in all.</summary>
public sealed record Retrieval(int TotalCount, IReadOnlyList<Candidate> Candidates);
