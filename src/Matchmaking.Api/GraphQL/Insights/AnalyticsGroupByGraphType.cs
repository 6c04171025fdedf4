using GraphQL.Types;
using Matchmaking.Core.Analytics;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsGroupByGraphType : EnumerationGraphType<AnalyticsGrouping>
{
    public AnalyticsGroupByGraphType()
    {
        Name = "AnalyticsGroupBy";
        Description = "What analytics rows are grouped by (分组).";
        Describe(AnalyticsGrouping.Industry, "The demand's industry (行业); the key is the Industry value, e.g. NEW_ENERGY_VEHICLES.");
        Describe(AnalyticsGrouping.Region, "The demand's region (地区), e.g. 合肥.");
        Describe(AnalyticsGrouping.Broker, "The match's handling broker (技术经纪人), by subject; demand figures count the demands the broker has a match on.");
        Describe(AnalyticsGrouping.Month, "The calendar month in Beijing time (UTC+08:00), e.g. 2026-01: of the posting for demands, of the proposal for matches. Every month of the period has a row.");
    }

    private void Describe(AnalyticsGrouping value, string description) => Values.First(v => Equals(v.Value, value)).Description = description;
}
