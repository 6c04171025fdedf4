using Matchmaking.Core.Domain;
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
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    IHostPaths paths,
    TimeProvider clock,
    ILogger<IndexMaintenance> logger)
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim single = new(1, 1);

    private IndexLocation Location => new(paths.Resolve(options.Value.IndexRoot));

    /// <summary>Opens the live index if it verifies clean; otherwise rebuilds it from the database. Then catches up.</summary>
    public async Task EnsureReadyAsync(IProgress<string>? progress, CancellationToken ct)
    {
        string? current = Location.Current();
        if (current is not null && ListingIndex.Verify(current))
        {
            index.Open(current);

            // Folders of a rebuild that died before its switch are never live: drop them.
            Location.DeleteStale();
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
            while (true)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
                long from = index.LastSequence;
                var entries = await db.ChangeLog.AsNoTracking().Where(e => e.Sequence > from)
                    .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
                if (entries.Count == 0)
                {
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

            // Read the sequence first: entries written during the build are replayed by the next catch-up.
            long sequence = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            var documents = new List<ListingDocument>();
            await foreach (var doc in ListingSource.AllAsync(db, ct))
            {
                documents.Add(doc);
            }

            int count = await Task.Run(
                () => ListingIndex.Build(folder, documents, sequence, index.Analyzer, n => progress?.Report($"indexed {n:N0}/{documents.Count:N0} listings"), ct),
                ct);
            if (count != documents.Count || !ListingIndex.Verify(folder))
            {
                throw new InvalidOperationException($"The rebuilt index in {folder} failed verification; the live index is unchanged.");
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
            single.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index in {Folder} is missing or corrupt; rebuilding from the database")]
    private partial void LogCorrupt(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the index: {Count} listings at change-log sequence {Sequence}")]
    private partial void LogRebuilt(int count, long sequence);
}
