using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsFilterGraphType : InputObjectGraphType
{
    public AnalyticsFilterGraphType()
    {
        Name = "AnalyticsFilter";
        Description = "The period and grouping of an analytics report (统计).";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Description("Start of the period, inclusive: demands posted and matches proposed from this instant on.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Description("End of the period, exclusive; at most 3,700 days after from.");
        Field<NonNullGraphType<AnalyticsGroupByGraphType>>("groupBy").Description("What the rows are grouped by.");
    }
}
