using System.Globalization;
using System.Text;

namespace Matchmaking.Api.Cli.Soak;

/// <summary>What a soak run prints and writes: totals, the per-type table and the server's memory over time.</summary>
public sealed record SoakSummary(int Clients, double Seconds, IReadOnlyList<SoakRow> Rows, IReadOnlyList<(double Seconds, long? Bytes)> Rss, IReadOnlyList<string> ErrorSamples)
{
    public int Requests => Rows.Sum(r => r.Requests);

    public int Unexpected => Rows.Sum(r => r.Unexpected);

    public int Hangs => Rows.Sum(r => r.Hangs);

    /// <summary>RSS at the first sample a minute or more in (the level a long soak is compared to), else the last.</summary>
    public long? AfterFirstMinute => Rss.FirstOrDefault(s => s.Seconds >= 60).Bytes ?? Rss[^1].Bytes;

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Requests:N0} requests in {Seconds:0} s ({Requests / Math.Max(Seconds, 1):0} req/s) by {Clients} clients; unexpected errors {Unexpected}, hangs {Hangs}, rate-limited {Rows.Sum(r => r.RateLimited)}");
        text.AppendLine("| request | count | unexpected | p50 ms | p99 ms | max ms |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Type} | {r.Requests:N0} | {r.Unexpected} | {r.P50:0.0} | {r.P99:0.0} | {r.Max:0.0} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"server RSS: start {SoakCommand.Mb(Rss[0].Bytes)}, after the first minute {SoakCommand.Mb(AfterFirstMinute)}, end {SoakCommand.Mb(Rss[^1].Bytes)}, peak {SoakCommand.Mb(Rss.Max(s => s.Bytes))}");
        foreach (string sample in ErrorSamples)
        {
            text.AppendLine("  unexpected: " + sample);
        }

        return text.ToString();
    }

    public object ToJson() => new
    {
        clients = Clients,
        seconds = Math.Round(Seconds, 1),
        requests = Requests,
        unexpected = Unexpected,
        hangs = Hangs,
        types = Rows.Select(r => new { type = r.Type, requests = r.Requests, unexpected = r.Unexpected, rateLimited = r.RateLimited, hangs = r.Hangs, p50_ms = Math.Round(r.P50, 2), p99_ms = Math.Round(r.P99, 2), max_ms = Math.Round(r.Max, 2) }),
        rss_bytes = new { start = Rss[0].Bytes, after_first_minute = AfterFirstMinute, end = Rss[^1].Bytes, samples = Rss.Select(s => new { seconds = Math.Round(s.Seconds, 1), bytes = s.Bytes }) },
        error_samples = ErrorSamples,
    };
}
