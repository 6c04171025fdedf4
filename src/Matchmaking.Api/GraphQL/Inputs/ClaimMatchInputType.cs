using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class ClaimMatchInputType : InputObjectGraphType
{
    public ClaimMatchInputType()
    {
        Name = "ClaimMatchInput";
        Description = "A broker takes on a match that has no handling broker yet (认领撮合).";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The match to claim.");
    }
}
