using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>The per-candidate facts read from doc values, for constraint fits and explanations.</summary>
public sealed record CandidateFacts(ListingKind Kind, int? Trl, long PriceLow, long PriceHigh, string Region);
