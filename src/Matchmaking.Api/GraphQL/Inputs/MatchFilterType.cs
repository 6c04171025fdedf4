using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class MatchFilterType : InputObjectGraphType
{
    public MatchFilterType()
    {
        Name = "MatchFilter";
        Description = "Filters for matches.";
        Field<MatchStageType>("stage").Description("Only matches at this stage.");
        Field<IdGraphType>("demandId").Description("Only matches of this demand.");
        Field<CandidateKindType>("candidateKind").Description("Only matches with achievements, or with experts.");
        Field<BooleanGraphType>("mine").Description("Brokers: only matches I handle.");
    }
}
