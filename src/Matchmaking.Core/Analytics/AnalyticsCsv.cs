using System.Globalization;
using System.Text;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Analytics;

/// <summary>
/// A report as CSV (RFC 4180, CRLF), one row per group and a last row "total", in UTF-8 with a BOM so that Excel
/// opens the Chinese keys correctly. Amounts have two decimals, rates four, days two; empty where undefined.
/// </summary>
public static class AnalyticsCsv
{
    /// <summary>The bytes to send, BOM first; <paramref name="name"/> spells each enum value as the API does.</summary>
    public static byte[] Write(AnalyticsReport report, Func<Enum, string> name)
    {
        var text = new StringBuilder();
        var header = new List<string> { "group", "demands_posted", "demands_matched", "matches", "contracts" };
        header.AddRange(Enum.GetValues<MatchStage>().Select(s => "now_" + name(s)));
        header.AddRange(Enum.GetValues<MatchStage>().Select(s => "reached_" + name(s)));
        header.AddRange(Enum.GetValues<RejectReason>().Select(r => "rejected_" + name(r)));
        header.AddRange(AnalyticsService.Steps.Select(s => $"conversion_{name(s.From)}_{name(s.To)}"));
        header.AddRange(AnalyticsService.Steps.Select(s => $"median_days_{name(s.From)}_{name(s.To)}"));
        header.AddRange(["deals", "deal_value_cny"]);
        header.AddRange(Enum.GetValues<PartyRole>().Select(r => $"revenue_{name(r)}_cny"));
        Line(text, header);
        foreach (var group in report.Groups)
        {
            Line(text, Row(group, report.Request.GroupBy == AnalyticsGrouping.Industry && Enum.TryParse<Industry>(group.Key, out var industry) ? name(industry) : group.Key));
        }

        Line(text, Row(report.Total, "total"));
        return CsvText.Bytes(text);
    }

    private static List<string> Row(AnalyticsGroup g, string key)
    {
        var row = new List<string> { key, Number(g.DemandsPosted), Number(g.DemandsMatched), Number(g.Matches), Number(g.Contracts) };
        row.AddRange(g.Stages.Select(s => Number(s.Current)));
        row.AddRange(g.Stages.Select(s => Number(s.Reached)));
        row.AddRange(Enum.GetValues<RejectReason>().Select(r => Number(g.Rejections.FirstOrDefault(x => x.Reason == r)?.Count ?? 0)));
        row.AddRange(g.Steps.Select(s => s.ConversionRate is { } rate ? rate.ToString("0.0000", CultureInfo.InvariantCulture) : ""));
        row.AddRange(g.Steps.Select(s => s.MedianDays is { } days ? days.ToString("0.00", CultureInfo.InvariantCulture) : ""));
        row.AddRange([Number(g.Deals), Amount(g.DealValue)]);
        row.AddRange(Enum.GetValues<PartyRole>().Select(r => Amount(g.Revenue.FirstOrDefault(x => x.Role == r)?.Amount ?? 0)));
        return row;
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Amount(decimal amount) => CsvText.Amount(amount);

    private static void Line(StringBuilder text, IEnumerable<string> cells) => CsvText.Line(text, cells);
}
