using System.Text.Json;

namespace Matchmaking.Api.Tests.Insights;

/// <summary>The committed seed set's workflow, read straight from its files: what analytics over the seed year must answer.</summary>
internal sealed class SeedHistory
{
    public static readonly DateTimeOffset From = new(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(8));

    public static readonly DateTimeOffset To = new(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private SeedHistory(List<JsonElement> demands, List<JsonElement> matches, List<JsonElement> events, List<JsonElement> deals, List<JsonElement> payments)
    {
        Demands = demands;
        Matches = matches;
        Events = events;
        Deals = deals;
        Payments = payments;
    }

    public List<JsonElement> Demands { get; }

    public List<JsonElement> Matches { get; }

    public List<JsonElement> Events { get; }

    public List<JsonElement> Deals { get; }

    public List<JsonElement> Payments { get; }

    // The seed set's demands include the planted duplicates (seed-data/duplicates/), imported with the rest.
    public static SeedHistory Read() => new([.. Lines("demands.jsonl"), .. Lines(Path.Combine("duplicates", "demands.jsonl"))], Lines("matches.jsonl"), Lines("match-events.jsonl"), Lines("deals.jsonl"), Lines("payments.jsonl"));

    public static bool InPeriod(JsonElement record) => record.GetProperty("createdAt").GetDateTimeOffset() is var at && at >= From && at < To;

    /// <summary>The median of a list, as percentile_cont(0.5) computes it.</summary>
    public static double Median(List<double> values)
    {
        values.Sort();
        int n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }

    private static List<JsonElement> Lines(string file) =>
        [.. File.ReadLines(Path.Combine(ApiFactory.RepositoryRoot, "seed-data", file)).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
}
