namespace Matchmaking.Core.Listings;

/// <summary>Sort orders for browsing listings. Ties break on id so that pages never overlap.</summary>
public enum ListingOrder { CreatedAtDesc, CreatedAtAsc, UpdatedAtDesc, TitleAsc }
