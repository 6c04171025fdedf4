using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class CandidateType : UnionGraphType
{
    public CandidateType()
    {
        Name = "Candidate";
        Description = "What a demand is matched with: an Achievement (科技成果) or an Expert (专家).";
        Type<AchievementType>();
        Type<ExpertType>();
    }
}
