using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>A listing the retrieve step found, with its lexical (BM25) score.</summary>
public sealed record Candidate(int DocId, Guid Id, ListingKind Kind, string Title, float LexicalScore);
