using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class FeedbackSideType : EnumerationGraphType<FeedbackSide>
{
    public FeedbackSideType()
    {
        Name = "FeedbackSide";
        Description = "Which party of a match gave feedback (反馈方): DEMAND (需求方), SUPPLY (供给方) or BROKER (经纪人).";
    }
}
