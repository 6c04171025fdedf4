namespace Matchmaking.Core.Analytics;

/// <summary>
/// One analytics question: demands posted and matches proposed in [<paramref name="From"/>, <paramref name="To"/>),
/// grouped by <paramref name="GroupBy"/>; with <paramref name="BrokerSubject"/> only that broker's matches count.
/// </summary>
public sealed record AnalyticsRequest(DateTimeOffset From, DateTimeOffset To, AnalyticsGrouping GroupBy, string? BrokerSubject);
