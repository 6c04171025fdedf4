using GraphQL.Types;
using Matchmaking.Core.Analytics;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsGroupByGraphType : EnumerationGraphType<AnalyticsGrouping>
{
    public AnalyticsGroupByGraphType()
    {
        Name = "AnalyticsGroupBy";
        Description = "What analytics rows are grouped by (分组).";
    }
}
