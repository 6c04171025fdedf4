using System.Diagnostics;
using System.Diagnostics.Metrics;
using Matchmaking.Core.Diagnostics;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Step timings of the search pipeline: one histogram with a <c>step</c> tag (analyze, retrieve, rerank,
/// explain) and one for the whole search, both in seconds, plus a "search" activity for traces. Recording
/// costs a timestamp per step; with no listener the histograms and the activity are no-ops.
/// </summary>
public sealed class SearchMetrics
{
    // Searches take ~1–50 ms here; the SDK's default buckets (0, 5, 10, … 10,000) are meant for milliseconds.
    private static readonly double[] Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private static readonly ActivitySource Source = new(MatchmakingTelemetry.ActivitySourceName);

    private static readonly string[] StepNames = ["analyze", "retrieve", "rerank", "explain"];

    private readonly Histogram<double> steps;
    private readonly Histogram<double> total;

    public SearchMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MatchmakingTelemetry.MeterName);
        var advice = new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets };
        steps = meter.CreateHistogram("matchmaking.search.step.duration", "s", "Time spent in one step of the search pipeline.", advice: advice);
        total = meter.CreateHistogram("matchmaking.search.duration", "s", "Time of one search through all four steps.", advice: advice);
    }

    /// <summary>The trace span of one search; null when nothing listens.</summary>
    public static Activity? StartActivity() => Source.StartActivity("search");

    /// <summary>Starts timing one search; call <see cref="SearchTimer.Lap"/> after each step.</summary>
    public SearchTimer Start(Activity? activity) => new(this, activity);

    /// <summary>
    /// Times the steps of one search. A mutable struct so that timing allocates nothing; keep it in a
    /// plain local (a <c>using</c> local is read-only and would lap a copy).
    /// </summary>
    public struct SearchTimer(SearchMetrics metrics, Activity? activity)
    {
        private readonly long start = Stopwatch.GetTimestamp();
        private long last = Stopwatch.GetTimestamp();

        /// <summary>Records the time since the previous lap (or the start) as <paramref name="step"/>.</summary>
        public void Lap(SearchStep step)
        {
            long now = Stopwatch.GetTimestamp();
            double seconds = Stopwatch.GetElapsedTime(last, now).TotalSeconds;
            last = now;
            string name = StepNames[(int)step];
            metrics.steps.Record(seconds, new KeyValuePair<string, object?>("step", name));
            activity?.SetTag("matchmaking.search." + name + "_ms", seconds * 1000);
            if (step == SearchStep.Explain)
            {
                metrics.total.Record(Stopwatch.GetElapsedTime(start, now).TotalSeconds);
            }
        }
    }
}
