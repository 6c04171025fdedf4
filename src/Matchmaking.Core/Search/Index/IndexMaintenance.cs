using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings.Duplicates;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// Keeps the live index in step with the database: opens or rebuilds it at start-up, tails the change
/// log, and rebuilds beside the live index before switching. One operation at a time.
/// </summary>
public sealed partial class IndexMaintenance(
    ListingIndex index,
    DuplicateDetector duplicates,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    IHostPaths paths,
    TimeProvider clock,
    ILogger<IndexMaintenance> logger)
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim single = new(1, 1);

    private RebuildProgress? rebuilding;

    private IndexLocation Location => new(paths.Resolve(options.Value.IndexRoot));

    /// <summary>The rebuild running on this node, as far as it has got; null when none runs.</summary>
    public RebuildProgress? Rebuilding => Volatile.Read(ref rebuilding);

    /// <summary>Raised as a rebuild writes listings (every few hundred) and once more at the end with the total.</summary>
    public event Action<RebuildProgress>? RebuildProgressed;

    /// <summary>Opens the live index if it verifies clean; otherwise rebuilds it from the database. Then catches up.</summary>
    public async Task EnsureReadyAsync(IProgress<string>? progress, CancellationToken ct)
    {
        string? current = Location.Current();
        if (current is not null && ListingIndex.Verify(current))
        {
            index.Open(current);

            // Folders of a rebuild that died before its switch are never live: drop them.
            Location.DeleteStale();
            await LoadDuplicatesAsync(ct);
        }
        else
        {
            if (current is not null)
            {
                LogCorrupt(current);
            }

            await RebuildAsync(progress, ct);
        }

        await CatchUpAsync(ct);
    }

    /// <summary>Applies change-log entries past the index's committed sequence. Replaying an entry changes nothing.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        await single.WaitAsync(ct);
        try
        {
            int applied = 0;
            long started = clock.GetTimestamp();
            while (true)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
                long from = index.LastSequence;
                var entries = await db.ChangeLog.AsNoTracking().Where(e => e.Sequence > from)
                    .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
                if (entries.Count == 0)
                {
                    if (applied > 0)
                    {
                        LogCaughtUp(applied, from, clock.GetElapsedTime(started).TotalMilliseconds, index.Folder ?? "");
                    }

                    return applied;
                }

                var upserts = new List<ListingDocument>();
                var deletes = new List<Guid>();
                foreach (var group in entries.GroupBy(e => e.EntityKind))
                {
                    var ids = group.Select(e => e.EntityId).Distinct().ToList();
                    var live = await ListingSource.LoadAsync(db, group.Key, ids, ct);
                    upserts.AddRange(live);
                    deletes.AddRange(ids.Except(live.Select(d => d.Id)));
                }

                index.Apply(upserts, deletes, entries[^1].Sequence);
                duplicates.Apply(upserts, deletes);
                applied += entries.Count;
            }
        }
        finally
        {
            single.Release();
        }
    }

    /// <summary>Builds a fresh index beside the live one, verifies it, and switches to it atomically.</summary>
    public async Task<int> RebuildAsync(IProgress<string>? progress, CancellationToken ct)
    {
        await single.WaitAsync(ct);
        try
        {
            var location = Location;
            string folder = location.NewFolder(clock.GetUtcNow());
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();

            // One snapshot for the sequence, the count and the rows, so they agree while writes go on;
            // entries written during the build are after the sequence and replayed by the next catch-up.
            await using var snapshot = await ReadSnapshotAsync(db, ct);
            long sequence = await db.ChangeLogHeadAsync(ct);
            int expected = await ListingSource.CountAsync(db, ct);

            // Listings stream from the database into the writer: memory stays bounded at any size.
            var meter = new ProgressMeter("index build", expected, progress);
            var startedAt = clock.GetUtcNow();
            void Report(int done)
            {
                var now = new RebuildProgress(done, expected, startedAt);
                Volatile.Write(ref rebuilding, now);
                RebuildProgressed?.Invoke(now);
                meter.ReportAt(done);
            }

            Report(0);
            // The writer on a thread of its own too, at the build's lower priority (Search:IndexBuildNice), which dies with it.
            var search = options.Value;
            int count = await Task.Factory.StartNew(
                () =>
                {
                    BuildThreadPriority.Lower(search.IndexBuildNice);
                    var listings = duplicates.Feeding(ListingSource.AllAsync(db, ct).ToBlockingEnumerable(ct));
                    return ListingIndex.Build(folder, listings, sequence, index.Analyzer, search.IndexBuildThreads, search.IndexBuildNice, Report, ct);
                },
                ct,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
            Report(count);
            meter.Finish();
            if (count != expected || !ListingIndex.Verify(folder))
            {
                throw new InvalidOperationException($"The rebuilt index in {folder} failed verification ({count} of {expected} listings); the live index is unchanged.");
            }

            location.SwitchTo(folder);
            index.Open(folder);
            location.DeleteStale();
            LogRebuilt(count, sequence);
            progress?.Report($"index ready: {count:N0} listings");
            return count;
        }
        finally
        {
            Volatile.Write(ref rebuilding, null);
            single.Release();
        }
    }

    /// <summary>
    /// The detector lives in memory only: an index opened from disk gets it from the database, the source
    /// the index was built from; the catch-up that follows replays what came after, as for the index.
    /// </summary>
    private async Task LoadDuplicatesAsync(CancellationToken ct)
    {
        if (!duplicates.Enabled)
        {
            return;
        }

        long started = clock.GetTimestamp();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        int count = await Task.Run(() => duplicates.Reset(ListingSource.AllAsync(db, ct).ToBlockingEnumerable(ct)), ct);
        LogDuplicatesLoaded(count, clock.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// A read-only snapshot. SQLite gets a deferred transaction (a WAL read snapshot that blocks no
    /// writer; EF's default would take the write lock for the whole rebuild); PostgreSQL repeatable read.
    /// </summary>
    private static async Task<IAsyncDisposable> ReadSnapshotAsync(MatchmakingDbContext db, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            await db.Database.OpenConnectionAsync(ct);
            var deferred = sqlite.BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(deferred, ct);
            return deferred;
        }

        return await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Applied {Count} change-log entries after sequence {Sequence} in {ElapsedMs:F1} ms ({Folder})")]
    private partial void LogCaughtUp(int count, long sequence, double elapsedMs, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index in {Folder} is missing or corrupt; rebuilding from the database")]
    private partial void LogCorrupt(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the duplicate detector: {Count} listings in {ElapsedMs:F0} ms")]
    private partial void LogDuplicatesLoaded(int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the index: {Count} listings at change-log sequence {Sequence}")]
    private partial void LogRebuilt(int count, long sequence);
}
