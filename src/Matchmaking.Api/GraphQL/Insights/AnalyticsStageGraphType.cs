using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Analytics;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsStageGraphType : ObjectGraphType<StageFigures>
{
    public AnalyticsStageGraphType()
    {
        Name = "AnalyticsStage";
        Description = "The period's matches at one stage of the funnel (漏斗).";
        Field<NonNullGraphType<MatchStageType>>("stage").Description("The stage.").Resolve(ctx => ctx.Source.Stage);
        Field<NonNullGraphType<IntGraphType>>("current").Description("Matches at this stage now.").Resolve(ctx => (int)ctx.Source.Current);
        Field<NonNullGraphType<IntGraphType>>("reached").Description("Matches that ever reached this stage, from their history (REJECTED: matches rejected).").Resolve(ctx => (int)ctx.Source.Reached);
    }
}
