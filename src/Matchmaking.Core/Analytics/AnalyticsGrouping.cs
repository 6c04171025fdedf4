namespace Matchmaking.Core.Analytics;

/// <summary>What the analytics rows are grouped by.</summary>
public enum AnalyticsGrouping
{
    /// <summary>The demand's industry.</summary>
    Industry,

    /// <summary>The demand's region.</summary>
    Region,

    /// <summary>The match's handling broker.</summary>
    Broker,

    /// <summary>The calendar month in Beijing time (UTC+08:00): of the posting for demands, of the proposal for matches.</summary>
    Month,
}
