using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class GiveFeedbackInputType : InputObjectGraphType
{
    public GiveFeedbackInputType()
    {
        Name = "GiveFeedbackInput";
        Description = "Tell the engine whether a match was useful; it learns from this.";
        Field<NonNullGraphType<IdGraphType>>("matchId");
        Field<NonNullGraphType<BooleanGraphType>>("useful");
        Field<StringGraphType>("note");
    }
}
