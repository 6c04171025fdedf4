using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Analytics;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsGraphType : ObjectGraphType<AnalyticsReport>
{
    public AnalyticsGraphType()
    {
        Name = "Analytics";
        Description = "The platform's funnel for a period (平台统计), computed in the database. Also a CSV download: GET /insights/analytics.csv?from=…&to=…&groupBy=….";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Description("Start of the period, inclusive.").Resolve(ctx => ctx.Source.Request.From);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Description("End of the period, exclusive.").Resolve(ctx => ctx.Source.Request.To);
        Field<NonNullGraphType<AnalyticsGroupByGraphType>>("groupBy").Description("What the groups are.").Resolve(ctx => ctx.Source.Request.GroupBy);
        Field<NonNullGraphType<AnalyticsGroupGraphType>>("total").Description("The same figures over every group: medians and rates of all matches, not of the groups' figures.").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<ConnectionGraphType<AnalyticsGroupGraphType>>>("groups")
            .Description("One row per group, ordered by key (months oldest first).")
            .Paged()
            .Resolve(ctx => ConnectionPage.From(Connections.InMemory(ctx, ctx.Source.Groups)));
    }
}
