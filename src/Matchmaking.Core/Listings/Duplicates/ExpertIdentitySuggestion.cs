namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>Experts who may be one person, and why; the ids in ascending order.</summary>
public sealed record ExpertIdentitySuggestion(DuplicateReason Reason, IReadOnlyList<Guid> ExpertIds);
