using System.Diagnostics.Metrics;
using Hangfire;
using Matchmaking.Core.Diagnostics;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Telemetry;

/// <summary>
/// Gauges read at collection time from outside the components they describe: the index's applied change-log
/// sequence and live document count, and the Hangfire queues' enqueued jobs. The meter comes from the host's
/// <see cref="IMeterFactory"/>, so its callbacks go away with the host.
/// </summary>
internal sealed partial class HostMetrics(IMeterFactory meters, ListingIndex index, IServiceProvider services,
    IOptions<TelemetryOptions> options, TimeProvider clock, ILogger<HostMetrics> logger)
{
    private const string DefaultQueue = "default";

    private readonly System.Threading.Lock gate = new();
    private IReadOnlyList<Measurement<long>> queueDepth = [];
    private DateTimeOffset queueDepthRead = DateTimeOffset.MinValue;
    private bool registered;

    public void Register()
    {
        lock (gate)
        {
            if (registered)
            {
                return;
            }

            registered = true;
        }

        var meter = meters.Create(MatchmakingTelemetry.MeterName);
        meter.CreateObservableGauge("matchmaking.index.sequence", ReadSequence, "{entry}", "Last change-log sequence applied and committed by this node's index.");
        meter.CreateObservableGauge("matchmaking.index.documents", ReadDocuments, "{document}", "Live documents in this node's index.");
        meter.CreateObservableGauge("matchmaking.jobs.enqueued", ReadQueueDepth, "{job}", "Jobs waiting in each Hangfire queue.");
    }

    private IEnumerable<Measurement<long>> ReadSequence()
    {
        if (index.IsOpen)
        {
            yield return new Measurement<long>(index.LastSequence);
        }
    }

    private IEnumerable<Measurement<long>> ReadDocuments()
    {
        if (!index.IsOpen)
        {
            return [];
        }

        using var lease = index.Acquire();
        return [new Measurement<long>(lease.Searcher.IndexReader.NumDocs)];
    }

    private IReadOnlyList<Measurement<long>> ReadQueueDepth()
    {
        DateTimeOffset now = clock.GetUtcNow();
        lock (gate)
        {
            if (now - queueDepthRead < options.Value.QueueDepthCache)
            {
                return queueDepth;
            }

            queueDepthRead = now;
        }

        var storage = services.GetService<JobStorage>();
        if (storage is null)
        {
            return [];
        }

        try
        {
            // Storages list only queues that hold rows (PostgreSQL) or ever held jobs; an idle default queue is still 0.
            var lengths = storage.GetMonitoringApi().Queues().ToDictionary(q => q.Name, q => q.Length);
            lengths.TryAdd(DefaultQueue, 0);
            var read = lengths
                .Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key)))
                .ToArray();
            lock (gate)
            {
                queueDepth = read;
            }

            return read;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A scrape must still answer while the job store is unreachable; the readiness check reports the database.
            LogQueueDepthFailed(e);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the Hangfire queue depth for the metrics")]
    private partial void LogQueueDepthFailed(Exception e);
}
