using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Analytics;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsRejectionGraphType : ObjectGraphType<RejectionFigures>
{
    public AnalyticsRejectionGraphType()
    {
        Name = "AnalyticsRejection";
        Description = "Rejections (拒绝) of the period's matches for one reason.";
        Field<NonNullGraphType<RejectReasonType>>("reason").Description("The reason given.").Resolve(ctx => ctx.Source.Reason);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many rejections gave it.").Resolve(ctx => (int)ctx.Source.Count);
    }
}
