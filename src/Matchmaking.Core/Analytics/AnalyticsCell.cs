namespace Matchmaking.Core.Analytics;

/// <summary>One row of an analytics query: a group, what is counted in it, a count or 分, and days.</summary>
internal sealed class AnalyticsCell
{
    public string Key { get; set; } = "";

    public string Item { get; set; } = "";

    public long Number { get; set; }

    public double Days { get; set; }
}
