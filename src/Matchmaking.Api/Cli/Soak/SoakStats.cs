using System.Collections.Concurrent;

namespace Matchmaking.Api.Cli.Soak;

/// <summary>Latencies and outcomes per request type, recorded by every client at once.</summary>
public sealed class SoakStats
{
    private readonly ConcurrentDictionary<string, Series> series = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> samples = new();

    public void Record(string type, double milliseconds, SoakOutcome outcome, string? detail)
    {
        var s = series.GetOrAdd(type, _ => new Series());
        lock (s)
        {
            s.Latencies.Add(milliseconds);
            s.Outcomes[(int)outcome]++;
        }

        if (outcome == SoakOutcome.Unexpected && detail is not null && samples.Count < 20)
        {
            samples.Enqueue($"{type}: {detail}");
        }
    }

    public IReadOnlyList<string> ErrorSamples => samples.ToArray();

    public IReadOnlyList<SoakRow> Rows()
    {
        var rows = new List<SoakRow>();
        foreach (var (type, s) in series.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            lock (s)
            {
                var sorted = s.Latencies.Order().ToArray();
                rows.Add(new SoakRow(type, sorted.Length, s.Outcomes[(int)SoakOutcome.Unexpected], s.Outcomes[(int)SoakOutcome.RateLimited], s.Outcomes[(int)SoakOutcome.Hang],
                    Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length > 0 ? sorted[^1] : 0));
            }
        }

        return rows;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed class Series
    {
        public List<double> Latencies { get; } = [];

        public int[] Outcomes { get; } = new int[Enum.GetValues<SoakOutcome>().Length];
    }
}
