using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class ProposeMatchInputType : InputObjectGraphType
{
    public ProposeMatchInputType()
    {
        Name = "ProposeMatchInput";
        Description = "A broker pairs a demand with an achievement or an expert.";
        Field<NonNullGraphType<IdGraphType>>("demandId").Description("The demand.");
        Field<NonNullGraphType<IdGraphType>>("candidateId").Description("Id of an Achievement or an Expert.");
        Field<StringGraphType>("note").Description("Why you propose it (at most 2,000 characters).");
    }
}
