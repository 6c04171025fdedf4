using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class CloseDemandInputType : InputObjectGraphType
{
    public CloseDemandInputType()
    {
        Name = "CloseDemandInput";
        Description = "Close a demand: it stays visible but takes no more answers.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The demand to close.");
    }
}
