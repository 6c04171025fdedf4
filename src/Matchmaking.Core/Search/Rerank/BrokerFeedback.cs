using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Broker decisions per listing for the feedback features, read from the matches in one query and kept
/// as a snapshot: when it is older than <see cref="RerankOptions.FeedbackRefresh"/> a search still uses it
/// while one background reload runs, so no search waits on the database and no candidate costs a round trip.
/// </summary>
public sealed partial class BrokerFeedback(IServiceScopeFactory scopes, IOptions<RerankOptions> options, TimeProvider clock, ILogger<BrokerFeedback> logger)
{
    private readonly System.Threading.Lock gate = new();
    private Snapshot? snapshot;
    private int reloading;

    /// <summary>
    /// The counts over the matches involving <paramref name="candidate"/>, less those it shares with
    /// <paramref name="source"/> (the listing the query came from), so a match's own outcome never feeds
    /// the features it is later labelled by.
    /// </summary>
    public FeedbackCounts For(Guid candidate, Guid? source)
    {
        var current = Current();
        var counts = current.ByListing.GetValueOrDefault(candidate);
        if (source is { } s)
        {
            counts -= current.ByPair.GetValueOrDefault((s, candidate)) + current.ByPair.GetValueOrDefault((candidate, s));
        }

        return counts;
    }

    /// <summary>Reads the matches now (the retrain job calls it before building features).</summary>
    public void Refresh()
    {
        var next = Load();
        lock (gate)
        {
            snapshot = next;
        }
    }

    private Snapshot Current()
    {
        var current = Volatile.Read(ref snapshot);
        if (current is null)
        {
            lock (gate)
            {
                snapshot ??= Load();
                return snapshot;
            }
        }

        if (clock.GetUtcNow() - current.LoadedAt > options.Value.FeedbackRefresh && Interlocked.CompareExchange(ref reloading, 1, 0) == 0)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    Refresh();
                }
                finally
                {
                    Volatile.Write(ref reloading, 0);
                }
            });
        }

        return current;
    }

    private Snapshot Load()
    {
        var byListing = new Dictionary<Guid, FeedbackCounts>();
        var byPair = new Dictionary<(Guid, Guid), FeedbackCounts>();
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            var rows = db.Matches.AsNoTracking()
                .Where(m => m.Stage != MatchStage.Suggested || m.Feedback != 0)
                .Select(m => new { m.DemandId, m.CandidateId, m.Stage, m.Feedback })
                .ToList();
            foreach (var row in rows)
            {
                var counts = FeedbackCounts.Of(row.Stage, row.Feedback);
                byListing[row.DemandId] = byListing.GetValueOrDefault(row.DemandId) + counts;
                byListing[row.CandidateId] = byListing.GetValueOrDefault(row.CandidateId) + counts;
                byPair[(row.DemandId, row.CandidateId)] = byPair.GetValueOrDefault((row.DemandId, row.CandidateId)) + counts;
            }

            LogLoaded(logger, rows.Count, byListing.Count);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // Ranking goes on without feedback rather than failing the search; the next refresh retries.
            LogLoadFailed(logger, e);
            return (Volatile.Read(ref snapshot) ?? new Snapshot(clock.GetUtcNow(), byListing, byPair)) with { LoadedAt = clock.GetUtcNow() };
        }

        return new Snapshot(clock.GetUtcNow(), byListing, byPair);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Broker feedback: {Matches} decided matches over {Listings} listings")]
    private static partial void LogLoaded(ILogger logger, int matches, int listings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broker feedback could not be read; ranking without it until the next refresh")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);

    private sealed record Snapshot(DateTimeOffset LoadedAt, Dictionary<Guid, FeedbackCounts> ByListing, Dictionary<(Guid, Guid), FeedbackCounts> ByPair);
}
