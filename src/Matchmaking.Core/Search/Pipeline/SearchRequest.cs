using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>A free-text search. User text is analysed into terms, never parsed as Lucene syntax.</summary>
public sealed record SearchRequest(string Text, IReadOnlyCollection<ListingKind> Kinds, int Limit = 10, int Offset = 0);
