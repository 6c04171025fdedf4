using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Matchmaking.Core.Analytics;
using Matchmaking.Core.Paging;

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
        Field<NonNullGraphType<ConnectionType<AnalyticsGroupGraphType>>>("groups")
            .Description("One row per group, ordered by key (months oldest first).")
            .Argument<IntGraphType>("first", "Page size, 1–100 (default 20).")
            .Argument<StringGraphType>("after", "Cursor of the last edge of the previous page.")
            .Resolve(ctx =>
            {
                var (offset, first) = Connections.Read(ctx);
                var groups = ctx.Source.Groups;
                return Connections.From(new Page<AnalyticsGroup>([.. groups.Skip(offset).Take(first)], offset, groups.Count));
            });
    }
}
