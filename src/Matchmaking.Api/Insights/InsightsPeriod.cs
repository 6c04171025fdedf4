using System.Globalization;
using Matchmaking.Core.Analytics;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.Insights;

/// <summary>
/// The period and grouping of a page or CSV request, from its query string. A month (2026-01) means the whole
/// Beijing month (from: its first instant; to: the first instant after it); an ISO 8601 instant means itself.
/// </summary>
internal sealed record InsightsPeriod(DateTimeOffset From, DateTimeOffset To, AnalyticsGrouping GroupBy)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>The twelve Beijing months up to and including the one <paramref name="latest"/> falls in.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) YearTo(DateTimeOffset latest)
    {
        var local = latest.ToOffset(Beijing);
        var next = new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, Beijing).AddMonths(1);
        return (next.AddMonths(-12), next);
    }

    /// <summary>Throws BAD_USER_INPUT for a value that is neither a month nor an instant, or an unknown grouping.</summary>
    public static InsightsPeriod Parse(IQueryCollection query, (DateTimeOffset From, DateTimeOffset To) fallback, AnalyticsGrouping defaultGrouping)
    {
        var from = query["from"].ToString() is { Length: > 0 } f ? Instant("from", f, end: false) : fallback.From;
        var to = query["to"].ToString() is { Length: > 0 } t ? Instant("to", t, end: true) : fallback.To;
        var groupBy = query["groupBy"].ToString() switch
        {
            "" => defaultGrouping,
            "INDUSTRY" => AnalyticsGrouping.Industry,
            "REGION" => AnalyticsGrouping.Region,
            "BROKER" => AnalyticsGrouping.Broker,
            "MONTH" => AnalyticsGrouping.Month,
            var other => throw new DomainException(ErrorCodes.BadUserInput, $"groupBy '{Truncate(other)}' is not one of INDUSTRY, REGION, BROKER, MONTH."),
        };
        return new InsightsPeriod(from, to, groupBy);
    }

    /// <summary>The month form of an instant, for the page's month inputs.</summary>
    public static string Month(DateTimeOffset at) => at.ToOffset(Beijing).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string name, string value, bool end)
    {
        if (DateTime.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            var start = new DateTimeOffset(month, Beijing);
            return end ? start.AddMonths(1) : start;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        throw new DomainException(ErrorCodes.BadUserInput, $"{name} '{Truncate(value)}' is neither a month (2026-01) nor an ISO 8601 instant.");
    }

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
