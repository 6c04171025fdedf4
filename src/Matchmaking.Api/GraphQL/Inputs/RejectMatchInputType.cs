using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class RejectMatchInputType : InputObjectGraphType
{
    public RejectMatchInputType()
    {
        Name = "RejectMatchInput";
        Description = "Reject a match with a reason from the fixed list.";
        Field<NonNullGraphType<IdGraphType>>("matchId");
        Field<NonNullGraphType<RejectReasonType>>("reason");
        Field<StringGraphType>("note").Description("Free text; required when reason is OTHER.");
    }
}
