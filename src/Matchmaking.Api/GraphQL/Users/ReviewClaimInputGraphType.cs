using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Users;

public sealed class ReviewClaimInputGraphType : InputObjectGraphType
{
    public ReviewClaimInputGraphType()
    {
        Name = "ReviewClaimInput";
        Description = "An admin's decision on a pending profile claim.";
        Field<NonNullGraphType<IdGraphType>>("claimId").Description("The claim.");
        Field<NonNullGraphType<BooleanGraphType>>("approve").Description("True makes the user the profile's owner; false rejects the claim.");
        Field<StringGraphType>("note").Description("Why (at most 2,000 characters).");
    }
}
