using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>The statuses search filters on, as the index stores them.</summary>
public sealed class ListingStatusType : EnumerationGraphType
{
    public ListingStatusType()
    {
        Name = "ListingStatus";
        Description = "A listing's status as search filters on it.";
        Add("OPEN", "OPEN", "Demands that take answers; experts taking projects.");
        Add("BUSY", "BUSY", "Experts not taking projects now.");
        Add("PUBLISHED", "PUBLISHED", "Achievements on offer.");
        Add("ACTIVE", "ACTIVE", "Enterprises.");
    }
}
