using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class ReopenMatchInputType : InputObjectGraphType
{
    public ReopenMatchInputType()
    {
        Name = "ReopenMatchInput";
        Description = "Reopen a REJECTED match (重新打开): it returns to the stage it was rejected from.";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The rejected match.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why it deserves another look (required, at most 2,000 characters); kept in the match history.");
    }
}
