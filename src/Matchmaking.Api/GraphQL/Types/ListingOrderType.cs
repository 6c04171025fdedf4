using GraphQL.Types;
using Matchmaking.Core.Listings;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class ListingOrderType : EnumerationGraphType<ListingOrder>
{
    public ListingOrderType()
    {
        Name = "ListingOrder";
        Description = "Sort order of a listing connection: newest first (default), oldest first, recently updated, or by title/name.";
    }
}
