using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class AdvanceMatchInputType : InputObjectGraphType
{
    public AdvanceMatchInputType()
    {
        Name = "AdvanceMatchInput";
        Description = "Move a match one stage forward.";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The match to move.");
        Field<MatchStageType>("to").Description("Optional guard: the stage you expect to move to; INVALID_TRANSITION otherwise.");
    }
}
