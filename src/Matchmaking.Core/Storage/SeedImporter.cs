using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Storage;

/// <summary>
/// Loads a seed set (seed-data/*.jsonl) into the database. Every record is validated as if posted
/// through the API; the change log gets its rows as for any other write, so the indexer sees them.
/// </summary>
public sealed class SeedImporter(IServiceScopeFactory scopes, IOptions<StorageOptions> options, IHostPaths paths)
{
    private const int BatchSize = 500;
    private const long SeedLockKey = 0x6D6D_7365_6564; // "mmseed"

    /// <summary>Imports the configured seed set when the database holds no listings. Returns the number imported.</summary>
    public async Task<int> ImportWhenEmptyAsync(IProgress<string>? progress, CancellationToken ct) =>
        options.Value.SeedWhenEmpty ? await ImportAsync(paths.Resolve(options.Value.SeedDirectory), progress, onlyWhenEmpty: true, ct) : 0;

    /// <summary>Imports a whole seed set in one transaction: a crash halfway leaves the database empty, so the next start seeds again.</summary>
    public Task<int> ImportAsync(string folder, IProgress<string>? progress, CancellationToken ct) =>
        ImportAsync(folder, progress, onlyWhenEmpty: false, ct);

    private async Task<int> ImportAsync(string folder, IProgress<string>? progress, bool onlyWhenEmpty, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // Nodes that start together on one database would each find it empty and each seed it: the first
            // takes this lock, the others wait for its commit and then find the listings there.
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", ct);
        }

        if (onlyWhenEmpty && (await db.Enterprises.AnyAsync(ct) || await db.Achievements.AnyAsync(ct)))
        {
            return 0;
        }

        if (!File.Exists(Path.Combine(folder, "enterprises.jsonl")))
        {
            progress?.Report($"no seed set in {folder}; starting empty");
            return 0;
        }

        string[] files = ["institutions.jsonl", "enterprises.jsonl", "experts.jsonl", "achievements.jsonl", "demands.jsonl", .. Duplicates, .. Workflow];
        long records = files.Select(f => Path.Combine(folder, f)).Where(File.Exists).Sum(f => File.ReadLines(f).LongCount(l => l.Length > 0));
        var meter = new ProgressMeter("import", records, progress);
        int total = 0;
        total += await ImportFileAsync<Institution>(db, folder, files[0], _ => { }, meter, ct);
        total += await ImportFileAsync<Enterprise>(db, folder, files[1], ListingValidator.Validate, meter, ct);
        total += await ImportFileAsync<Expert>(db, folder, files[2], ListingValidator.Validate, meter, ct);
        total += await ImportFileAsync<Achievement>(db, folder, files[3], ListingValidator.Validate, meter, ct);
        total += await ImportFileAsync<Demand>(db, folder, files[4], d => ListingValidator.Validate(d, DateOnly.MinValue, checkDeadline: false), meter, ct);
        total += await ImportFileAsync<Expert>(db, folder, SeedWriter.DuplicateExperts, ListingValidator.Validate, meter, ct);
        total += await ImportFileAsync<Achievement>(db, folder, SeedWriter.DuplicateAchievements, ListingValidator.Validate, meter, ct);
        total += await ImportFileAsync<Demand>(db, folder, SeedWriter.DuplicateDemands, d => ListingValidator.Validate(d, DateOnly.MinValue, checkDeadline: false), meter, ct);
        await ImportWorkflowAsync(db, folder, meter, ct);
        await transaction.CommitAsync(ct);
        meter.Finish();
        await SettleSeededPaymentsAsync(ct);
        return total;
    }

    /// <summary>The planted duplicates (seed-data/duplicates/), after the listings they repeat; absent files are skipped.</summary>
    private static readonly string[] Duplicates = [SeedWriter.DuplicateExperts, SeedWriter.DuplicateAchievements, SeedWriter.DuplicateDemands];

    /// <summary>The seeded broker workflow, in the order its foreign keys need; absent files are skipped.</summary>
    private static readonly string[] Workflow = [SeedWriter.Policies, SeedWriter.Matches, SeedWriter.MatchEvents, SeedWriter.Deals, SeedWriter.Payments];

    private static async Task ImportWorkflowAsync(MatchmakingDbContext db, string folder, ProgressMeter meter, CancellationToken ct)
    {
        await ImportFileAsync<RevenueSharePolicy>(db, folder, SeedWriter.Policies, _ => { }, meter, ct);
        await ImportFileAsync<Match>(db, folder, SeedWriter.Matches, _ => { }, meter, ct);
        await ImportFileAsync<MatchEvent>(db, folder, SeedWriter.MatchEvents, _ => { }, meter, ct);
        await ImportFileAsync<Deal>(db, folder, SeedWriter.Deals, _ => { }, meter, ct);
        await ImportFileAsync<Payment>(db, folder, SeedWriter.Payments, _ => { }, meter, ct);
    }

    /// <summary>
    /// Seeded payments are settled as any other, by the settlement service (after the import's commit: it runs
    /// its own transaction), so the ledger behind the seeded revenue is the one the job would have posted.
    /// </summary>
    private async Task SettleSeededPaymentsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        if (scope.ServiceProvider.GetService<SettlementService>() is { } settlement)
        {
            // One run takes a batch; more seeded payments than a batch take more runs.
            var run = await settlement.RunAsync(ct);
            while (run.Settled > 0)
            {
                run = await settlement.RunAsync(ct);
            }
        }
    }

    private static async Task<int> ImportFileAsync<T>(MatchmakingDbContext db, string folder, string file, Action<T> validate, ProgressMeter meter, CancellationToken ct)
        where T : class
    {
        string path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return 0;
        }

        int count = 0;
        foreach (var chunk in SeedReader.Read<T>(path).Chunk(BatchSize))
        {
            foreach (var record in chunk)
            {
                validate(record);
            }

            db.AddRange(chunk);
            await db.SaveChangesAsync(ct);

            // Clearing after each batch keeps the change tracker, and so memory, small.
            db.ChangeTracker.Clear();
            count += chunk.Length;
            meter.Step(chunk.Length);
        }

        return count;
    }
}
