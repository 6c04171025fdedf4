using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class AddMatchNoteInputType : InputObjectGraphType
{
    public AddMatchNoteInputType()
    {
        Name = "AddMatchNoteInput";
        Description = "The handling broker's note on a match (经纪人备注), kept in its history; it is not feedback.";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The match.");
        Field<NonNullGraphType<StringGraphType>>("note").Description("The note (required, at most 2,000 characters).");
    }
}
