using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class GiveFeedbackInputType : InputObjectGraphType
{
    public GiveFeedbackInputType()
    {
        Name = "GiveFeedbackInput";
        Description = "Tell the engine whether a match was useful; it learns from this.";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The match.");
        Field<NonNullGraphType<BooleanGraphType>>("useful").Description("True when the match was useful.");
        Field<StringGraphType>("note").Description("Anything to add (at most 2,000 characters).");
    }
}
