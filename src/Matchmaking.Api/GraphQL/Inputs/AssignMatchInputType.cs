using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class AssignMatchInputType : InputObjectGraphType
{
    public AssignMatchInputType()
    {
        Name = "AssignMatchInput";
        Description = "An admin gives a match to a broker, or moves it to another one (指派/改派经纪人).";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The match.");
        Field<StringGraphType>("brokerSubject").Description("Subject (user id) of the broker who will handle it; null releases the match so any broker may claim it.");
        Field<StringGraphType>("reason").Description("Why (at most 2,000 characters); kept in the match history.");
    }
}
