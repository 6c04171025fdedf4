using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>A planted duplicate: the new listing, the listing it repeats, and how it was written (exact, paraphrase, name, contact).</summary>
public sealed record PlantedDuplicate(ListingKind Kind, IListing Listing, Guid OriginalId, string Variant);
