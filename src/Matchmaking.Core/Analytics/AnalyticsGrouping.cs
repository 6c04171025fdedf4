using System.ComponentModel;

namespace Matchmaking.Core.Analytics;

/// <summary>What the analytics rows are grouped by.</summary>
public enum AnalyticsGrouping
{
    /// <summary>The demand's industry.</summary>
    [Description("行业 — the demand's industry; the key is the Industry value, e.g. NEW_ENERGY_VEHICLES.")]
    Industry,

    /// <summary>The demand's region.</summary>
    [Description("地区 — the demand's region, e.g. 合肥.")]
    Region,

    /// <summary>The match's handling broker.</summary>
    [Description("技术经纪人 — the match's handling broker, by subject; demand figures count the demands the broker has a match on.")]
    Broker,

    /// <summary>The calendar month in Beijing time (UTC+08:00): of the posting for demands, of the proposal for matches.</summary>
    [Description("月份 — the calendar month in Beijing time (UTC+08:00), e.g. 2026-01: of the posting for demands, of the proposal for matches. Every month of the period has a row.")]
    Month,
}
