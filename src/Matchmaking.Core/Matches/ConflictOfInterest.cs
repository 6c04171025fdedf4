namespace Matchmaking.Core.Matches;

/// <summary>One conflict of interest (利益冲突) a match has: a stable code and the reason in words.</summary>
public sealed record ConflictOfInterest(string Code, string Reason);
