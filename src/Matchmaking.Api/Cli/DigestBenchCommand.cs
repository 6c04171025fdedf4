using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Seed;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `bench-digests [--subscriptions N] [--listings N] [--out FILE.json]`: the digest job over N subscriptions and N new
/// listings on a temporary copy of the committed seed set (SQLite), through the served pipeline: time, allocations,
/// memory and what was delivered, then a second run with nothing new. Subscriptions are every seed listing turned into
/// one (experts and achievements → new demands, demands → new achievements and experts) and saved searches from demand
/// keywords; the new listings are seed listings written again under new ids.
/// </summary>
internal static class DigestBenchCommand
{
    private static readonly IProgress<string> Progress = new Progress<string>(line => Console.Error.WriteLine("  " + line));

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Command Create()
    {
        var subscriptions = new Option<int>("--subscriptions") { Description = "Subscriptions to run.", DefaultValueFactory = _ => 10_000 };
        var listings = new Option<int>("--listings") { Description = "New listings since the last digest.", DefaultValueFactory = _ => 1_000 };
        var output = new Option<string?>("--out") { Description = "Write the figures as JSON to this file." };
        var minScore = new Option<double?>("--min-score") { Description = "Every subscription's threshold (default Notifications:DefaultMinScore)." };
        var command = new Command("bench-digests", "Measure the digest job: N subscriptions over N new listings, time and memory.") { subscriptions, listings, output, minScore };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await EvalHost.StartAsync([], ct);
            var figures = await RunAsync(host.Services, parse.GetValue(subscriptions), parse.GetValue(listings), parse.GetValue(minScore), ct);
            Console.WriteLine(JsonSerializer.Serialize(figures, Json));
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(CliPath.Resolve(file), JsonSerializer.Serialize(figures, Json), ct);
            }

            return 0;
        });
        return command;
    }

    private static async Task<Dictionary<string, object>> RunAsync(IServiceProvider services, int subscriptionCount, int listingCount, double? minScore, CancellationToken ct)
    {
        string seed = CliPath.Resolve("seed-data");
        int imported = await services.GetRequiredService<SeedImporter>().ImportAsync(seed, Progress, ct);
        var maintenance = services.GetRequiredService<IndexMaintenance>();
        await maintenance.RebuildAsync(Progress, ct);
        double threshold = minScore ?? services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotificationOptions>>().Value.DefaultMinScore;
        await SubscribeAsync(services, seed, subscriptionCount, threshold, ct);
        var watch = Stopwatch.StartNew();
        await WriteNewListingsAsync(services, seed, listingCount, ct);
        await maintenance.CatchUpAsync(ct);
        double indexSeconds = watch.Elapsed.TotalSeconds;

        GC.Collect();
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int gen2 = GC.CollectionCount(2);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long peakBefore = process.PeakWorkingSet64;
        TimeSpan cpuBefore = process.TotalProcessorTime;
        watch.Restart();
        DigestSummary run;
        using (var scope = services.CreateScope())
        {
            run = await scope.ServiceProvider.GetRequiredService<DigestRunner>().RunAsync(ct);
        }

        double seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        double allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        process.Refresh();
        watch.Restart();
        DigestSummary idle;
        using (var scope = services.CreateScope())
        {
            idle = await scope.ServiceProvider.GetRequiredService<DigestRunner>().RunAsync(ct);
        }

        double idleSeconds = watch.Elapsed.TotalSeconds;
        var figures = new Dictionary<string, object>
        {
            ["seed_listings"] = imported,
            ["subscriptions"] = subscriptionCount,
            ["min_score"] = threshold,
            ["new_listings"] = listingCount,
            ["write_and_index_new_listings_seconds"] = Math.Round(indexSeconds, 2),
            ["digest_seconds"] = Math.Round(seconds, 2),
            ["digest_cpu_seconds"] = Math.Round(cpuSeconds, 2),
            ["digest_ms_per_subscription"] = Math.Round(seconds * 1000 / Math.Max(1, subscriptionCount), 3),
            ["pipeline_seconds"] = Math.Round(run.SearchTime.TotalSeconds, 2),
            ["due"] = run.Due,
            ["searched"] = run.Searched,
            ["notified"] = run.Notified,
            ["delivered"] = run.Delivered,
            ["allocated_mb"] = Math.Round(allocatedMb, 1),
            ["gen2_collections"] = GC.CollectionCount(2) - gen2,
            ["managed_heap_before_mb"] = Math.Round(heapBefore / 1048576.0, 1),
            ["managed_heap_after_mb"] = Math.Round(GC.GetTotalMemory(forceFullCollection: false) / 1048576.0, 1),
            ["peak_working_set_mb"] = Math.Round(Math.Max(peakBefore, process.PeakWorkingSet64) / 1048576.0, 1),
            ["second_run_seconds"] = Math.Round(idleSeconds, 3),
            ["second_run_due"] = idle.Due,
        };
        using (var scope = services.CreateScope())
        {
            var scores = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().DigestDeliveries.Select(d => d.Score).ToList();
            scores.Sort();
            figures["delivered_score_p10_p50_p90"] = scores.Count == 0 ? [] : new[] { 0.1, 0.5, 0.9 }.Select(q => Math.Round(scores[(int)(q * (scores.Count - 1))], 3)).ToArray();
        }

        return figures;
    }

    private static async Task SubscribeAsync(IServiceProvider services, string seed, int count, double minScore, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        long head = await db.ChangeLogHeadAsync(ct);
        var sources = SeedReader.Read<Expert>(Path.Combine(seed, SeedWriter.Experts)).Select(e => (ListingKind.Expert, e.Id))
            .Concat(SeedReader.Read<Achievement>(Path.Combine(seed, SeedWriter.Achievements)).Select(a => (ListingKind.Achievement, a.Id)))
            .Concat(SeedReader.Read<Demand>(Path.Combine(seed, SeedWriter.Demands)).Select(d => (ListingKind.Demand, d.Id)))
            .ToList();
        var keywords = SeedReader.Read<Demand>(Path.Combine(seed, SeedWriter.Demands)).Select(d => string.Join(' ', d.Keywords.Take(3))).Where(k => k.Length > 0).ToList();
        var now = DateTimeOffset.UtcNow;
        for (int i = 0; i < count; i++)
        {
            var subscription = new Subscription
            {
                Id = Guid.CreateVersion7(),
                OwnerSubject = $"bench-user-{i % 2_000}",
                Frequency = DigestFrequency.Immediate,
                LastSequence = head,
                CreatedAt = now,
            };
            if (i < sources.Count)
            {
                subscription.Source = SubscriptionSource.Listing;
                (subscription.ListingKind, subscription.ListingId) = (sources[i].Item1, sources[i].Id);
            }
            else
            {
                var search = new SavedSearch { Id = Guid.CreateVersion7(), OwnerSubject = subscription.OwnerSubject, Name = $"检索 {i}", Text = keywords[i % keywords.Count], Kinds = [nameof(ListingKind.Demand)], CreatedAt = now };
                db.SavedSearches.Add(search);
                subscription.Source = SubscriptionSource.SavedSearch;
                subscription.SavedSearchId = search.Id;
            }

            subscription.MinScore = minScore;
            db.Subscriptions.Add(subscription);
            if (i % 2_000 == 1_999)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct);
        Progress.Report($"{count:N0} subscriptions ({Math.Min(count, sources.Count):N0} on listings, {Math.Max(0, count - sources.Count):N0} on saved searches)");
    }

    /// <summary>Seed listings written again under new ids (six demands to two achievements and two experts in ten).</summary>
    private static async Task WriteNewListingsAsync(IServiceProvider services, string seed, int count, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        int demands = count * 6 / 10, achievements = count * 2 / 10, experts = count - demands - achievements;
        foreach (var d in SeedReader.Read<Demand>(Path.Combine(seed, SeedWriter.Demands)).Take(demands))
        {
            d.Id = Guid.CreateVersion7();
            d.Deadline = null;
            d.CreatedAt = d.UpdatedAt = default;
            db.Demands.Add(d);
        }

        foreach (var a in SeedReader.Read<Achievement>(Path.Combine(seed, SeedWriter.Achievements)).Skip(1_000).Take(achievements))
        {
            a.Id = Guid.CreateVersion7();
            a.CreatedAt = a.UpdatedAt = default;
            db.Achievements.Add(a);
        }

        foreach (var e in SeedReader.Read<Expert>(Path.Combine(seed, SeedWriter.Experts)).Skip(500).Take(experts))
        {
            e.Id = Guid.CreateVersion7();
            e.CreatedAt = e.UpdatedAt = default;
            db.Experts.Add(e);
        }

        await db.SaveChangesAsync(ct);
        Progress.Report($"{count:N0} new listings ({demands} demands, {achievements} achievements, {experts} experts)");
    }
}
