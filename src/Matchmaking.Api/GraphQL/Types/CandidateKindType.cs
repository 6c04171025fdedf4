using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class CandidateKindType : EnumerationGraphType<CandidateKind>
{
    public CandidateKindType()
    {
        Name = "CandidateKind";
        Description = "What a demand is matched with: ACHIEVEMENT (科技成果) or EXPERT (专家).";
    }
}
