namespace Matchmaking.Core.Search.Pipeline;

/// <summary>A listing the retrieve step found, with its lexical (BM25) score and facts from doc values.</summary>
public sealed record Candidate(int DocId, Guid Id, CandidateFacts Facts, float LexicalScore);
