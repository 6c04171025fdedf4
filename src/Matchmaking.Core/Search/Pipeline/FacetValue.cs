namespace Matchmaking.Core.Search.Pipeline;

public sealed record FacetValue(string Value, int Count);
