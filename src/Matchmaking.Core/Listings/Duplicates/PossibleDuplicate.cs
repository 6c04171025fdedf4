using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>A listing that may be the same as the one asked about, how similar it is (0–1) and why.</summary>
public sealed record PossibleDuplicate(Guid Id, ListingKind Kind, double Similarity, DuplicateReason Reason);
