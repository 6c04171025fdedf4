using System.ComponentModel;

namespace Matchmaking.Core.Listings;

/// <summary>Sort orders for browsing listings. Ties break on id so that pages never overlap.</summary>
public enum ListingOrder
{
    [Description("Newest first (default).")] CreatedAtDesc,
    [Description("Oldest first.")] CreatedAtAsc,
    [Description("Most recently changed first.")] UpdatedAtDesc,
    [Description("By title (demands, achievements) or name (experts, enterprises), A→Z by code point.")] TitleAsc,
}
