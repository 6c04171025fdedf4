namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Whether a candidate meets one soft constraint of a match, and how, in words for brokers.</summary>
public sealed record ConstraintCheck(string Name, bool Met, string Detail);
