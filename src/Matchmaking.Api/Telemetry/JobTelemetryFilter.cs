using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire.Common;
using Hangfire.Server;
using Matchmaking.Core.Diagnostics;

namespace Matchmaking.Api.Telemetry;

/// <summary>
/// A span and a duration per Hangfire job run (no Hangfire instrumentation package is served here).
/// Runs on the worker thread around the job, so the job's EF Core and Npgsql spans nest under it.
/// </summary>
internal sealed class JobTelemetryFilter : JobFilterAttribute, IServerFilter
{
    private const string ActivityKey = "matchmaking.activity";
    private const string StartKey = "matchmaking.start";

    private static readonly ActivitySource Source = new(MatchmakingTelemetry.ActivitySourceName);

    private readonly Histogram<double> duration;

    public JobTelemetryFilter(IMeterFactory meters)
    {
        duration = meters.Create(MatchmakingTelemetry.MeterName).CreateHistogram("matchmaking.jobs.duration", "s", "Time of one Hangfire job run.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900] });
    }

    public void OnPerforming(PerformingContext context)
    {
        context.Items[StartKey] = Stopwatch.GetTimestamp();
        var activity = Source.StartActivity("job " + JobName(context), ActivityKind.Internal);
        activity?.SetTag("hangfire.job.id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        string outcome = context.Exception is null || context.ExceptionHandled ? "succeeded" : "failed";
        if (context.Items.TryGetValue(StartKey, out var start) && start is long started)
        {
            duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("job", JobName(context)), new KeyValuePair<string, object?>("outcome", outcome));
        }

        if (context.Items.TryGetValue(ActivityKey, out var item) && item is Activity activity)
        {
            if (outcome == "failed")
            {
                activity.SetStatus(ActivityStatusCode.Error, context.Exception?.GetType().Name);
            }

            activity.Dispose();
        }
    }

    private static string JobName(PerformContext context) =>
        context.BackgroundJob.Job is { } job ? job.Type.Name + "." + job.Method.Name : "unknown";
}
