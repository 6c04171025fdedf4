using System.Diagnostics.Metrics;
using Hangfire;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Diagnostics;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Telemetry;

/// <summary>
/// Gauges read at collection time from outside the components they describe: the index's applied change-log
/// sequence, its lag behind the change log and its live document count, and the Hangfire queues' enqueued jobs.
/// The meter comes from the host's <see cref="IMeterFactory"/>, so its callbacks go away with the host.
/// </summary>
internal sealed partial class HostMetrics(IMeterFactory meters, ListingIndex index, NodeDuties duties, IServiceProvider services,
    IOptions<TelemetryOptions> options, TimeProvider clock, ILogger<HostMetrics> logger)
{
    private const string DefaultQueue = "default";

    private readonly System.Threading.Lock gate = new();
    private readonly DatabaseRead<IReadOnlyList<Measurement<long>>> queueDepth = new([]);
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
        meter.CreateObservableGauge("matchmaking.index.lag", ReadLag, "{entry}", "Change-log sequence past the one this node's index applied (0 = caught up).");
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

    private IEnumerable<Measurement<long>> ReadLag()
    {
        if (!index.IsOpen)
        {
            return [];
        }

        // The head as this node's last heartbeat read it: the scrape adds no database read of its own.
        long head = duties.HeadSequence;
        return head < 0 ? [] : [new Measurement<long>(Math.Max(0, head - index.LastSequence))];
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

    private IReadOnlyList<Measurement<long>> ReadQueueDepth() => Cached(queueDepth, ReadQueues, "the Hangfire queue depth");

    private IReadOnlyList<Measurement<long>> ReadQueues()
    {
        if (services.GetService<JobStorage>() is not { } storage)
        {
            return [];
        }

        // Storages list only queues that hold rows (PostgreSQL) or ever held jobs; an idle default queue is still 0.
        var lengths = storage.GetMonitoringApi().Queues().ToDictionary(q => q.Name, q => q.Length);
        lengths.TryAdd(DefaultQueue, 0);
        return lengths.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))).ToArray();
    }

    /// <summary>
    /// The last value read within <see cref="TelemetryOptions.DatabaseGaugeCache"/>, else a fresh read: a scrape must not
    /// query the database every time, and must still answer while it is unreachable (readiness reports that).
    /// </summary>
    private T Cached<T>(DatabaseRead<T> cache, Func<T> read, string what)
    {
        DateTimeOffset now = clock.GetUtcNow();
        lock (gate)
        {
            if (now - cache.At < options.Value.DatabaseGaugeCache)
            {
                return cache.Value;
            }

            cache.At = now;
        }

        try
        {
            T value = read();
            lock (gate)
            {
                cache.Value = value;
            }

            return value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogReadFailed(e, what);
            return cache.Value;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read {What} for the metrics")]
    private partial void LogReadFailed(Exception e, string what);

    private sealed class DatabaseRead<T>(T initial)
    {
        public T Value { get; set; } = initial;

        public DateTimeOffset At { get; set; } = DateTimeOffset.MinValue;
    }
}
