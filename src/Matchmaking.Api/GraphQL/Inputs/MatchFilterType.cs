using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class MatchFilterType : InputObjectGraphType
{
    public MatchFilterType()
    {
        Name = "MatchFilter";
        Description = "Filters for matches.";
        Field<MatchStageType>("stage");
        Field<IdGraphType>("demandId");
        Field<CandidateKindType>("candidateKind");
        Field<BooleanGraphType>("mine").Description("Brokers: only matches I handle.");
    }
}
