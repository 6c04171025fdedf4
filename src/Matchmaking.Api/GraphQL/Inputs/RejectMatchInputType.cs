using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class RejectMatchInputType : InputObjectGraphType
{
    public RejectMatchInputType()
    {
        Name = "RejectMatchInput";
        Description = "Reject a match with a reason from the fixed list.";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The match to reject.");
        Field<NonNullGraphType<RejectReasonType>>("reason").Description("Why; OTHER (with a note) when omitted.");
        Field<StringGraphType>("note").Description("Free text; required when reason is OTHER.");
    }
}
