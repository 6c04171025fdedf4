using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class CreateMatchFromRecommendationInputType : InputObjectGraphType
{
    public CreateMatchFromRecommendationInputType()
    {
        Name = "CreateMatchFromRecommendationInput";
        Description = "A broker turns one of a demand's recommendations (推荐) into a match, keeping the engine's score and explanation.";
        Field<NonNullGraphType<IdGraphType>>("demandId").Description("The demand the recommendations are for.");
        Field<NonNullGraphType<IdGraphType>>("candidateId").Description("The recommended Achievement or Expert (an edge's node id).");
        Field<StringGraphType>("note").Description("Why you take it on (at most 2,000 characters); kept in the match history.");
    }
}
