using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Analytics;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsStepGraphType : ObjectGraphType<StepFigures>
{
    public AnalyticsStepGraphType()
    {
        Name = "AnalyticsStep";
        Description = "One step of the funnel between consecutive stages (转化).";
        Field<NonNullGraphType<MatchStageType>>("from").Description("The step's first stage.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<MatchStageType>>("to").Description("The stage after it.").Resolve(ctx => ctx.Source.To);
        Field<FloatGraphType>("conversionRate").Description("Matches that reached `to` over those that reached `from` (0–1, four decimals); null when none reached `from`.").Resolve(ctx => ctx.Source.ConversionRate);
        Field<FloatGraphType>("medianDays").Description("Median days from first reaching `from` to first reaching `to` (two decimals); null when no match made the step.").Resolve(ctx => ctx.Source.MedianDays);
    }
}
