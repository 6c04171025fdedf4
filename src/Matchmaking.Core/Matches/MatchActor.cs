namespace Matchmaking.Core.Matches;

/// <summary>Who changes a match's stage: a broker's subject, or an admin, who may change any match.</summary>
public sealed record MatchActor(string Subject, bool IsAdmin);
