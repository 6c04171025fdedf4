using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>A seeded match with its history and, once it was contracted, its deal and the payments received on it.</summary>
public sealed record SeedMatch(Match Match, IReadOnlyList<MatchEvent> History, Deal? Deal, IReadOnlyList<Payment> Payments);
