using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Users;

public sealed class RequestClaimInputGraphType : InputObjectGraphType
{
    public RequestClaimInputGraphType()
    {
        Name = "RequestClaimInput";
        Description = "Ask to own a seeded enterprise (enterprise users) or expert profile (researchers) that has no owner.";
        Field<NonNullGraphType<IdGraphType>>("listingId").Description("The Enterprise or Expert to claim.");
        Field<StringGraphType>("note").Description("Proof for the reviewer, e.g. your position (at most 2,000 characters).");
    }
}
