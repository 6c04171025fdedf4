using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Users;

public sealed class ProfileClaimFilterGraphType : InputObjectGraphType
{
    public ProfileClaimFilterGraphType()
    {
        Name = "ProfileClaimFilter";
        Description = "Filters for profile claims; every given field must match.";
        Field<ClaimStatusGraphType>("status").Description("Only claims in this status (PENDING: the review queue).");
    }
}
