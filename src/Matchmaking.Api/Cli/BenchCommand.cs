using System.CommandLine;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Api.Hosting;
using Matchmaking.Core;
using Matchmaking.Core.Diagnostics;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Search;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Seed;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `bench [--size N] [--out FILE.json] [--rerank false] [--rerank-queries N] [--build-threads 1,2] [--during-rebuild]`: in-process
/// latency of the served pipeline (retrieve + rerank + explain with snippets) at seed scale or a generated size, index build
/// time and peak memory (per <c>Search:IndexBuildThreads</c> value asked for), search latency while a rebuild runs,
/// write-to-searchable latency and memory, then the rerank section (<see cref="RerankBench"/>). A temporary database,
/// index and model folders; the service's data is untouched.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Long phases (seed, import, index build) print counts, rates and an ETA as they go.</summary>
    private static readonly IProgress<string> Progress = new Progress<string>(line => Console.Error.WriteLine("  " + line));

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Command Create()
    {
        var size = new Option<int>("--size") { Description = "Listings to generate (0 = the committed seed set)." };
        var queries = new Option<int>("--queries") { Description = "Queries per class.", DefaultValueFactory = _ => 500 };
        var output = new Option<string?>("--out") { Description = "Write the figures as JSON to this file." };
        var rerank = new Option<bool>("--rerank") { Description = "Also run the rerank section (hybrid pipeline, ranker training, features + scoring, embeddings).", DefaultValueFactory = _ => true };
        var trainQueries = new Option<int>("--train-queries") { Description = "Planted queries the rerank section trains its scorer on.", DefaultValueFactory = _ => 300 };
        var only = new Option<string?>("--classes") { Description = "Comma-separated query classes to time: keywords, title, full_demand (default: all)." };
        var rerankQueries = new Option<int>("--rerank-queries") { Description = "Queries per class in the rerank section (each runs through three pipelines, twice).", DefaultValueFactory = _ => 200 };
        var buildThreads = new Option<string?>("--build-threads") { Description = "Comma-separated Search:IndexBuildThreads values: the index is built once with each, in order, and the last build is searched (default: the configured value)." };
        var duringRebuild = new Option<bool>("--during-rebuild") { Description = "Also time the first query class while a full rebuild runs beside the live index, against the same searches idle." };
        var pruning = new Option<int>("--pruning-queries") { Description = "Also time this many texts per class four ways on the same index: exhaustive (Search:PruneMinDocuments=0), pruned exactly with exact counts (Search:CountSamplePostings unbounded, Search:LongQueryPrune 1), as configured on one thread (Search:PruneThreads 1) and as configured, with how often each page and total agrees with the exhaustive one (0 = skip).", DefaultValueFactory = _ => 0 };
        var command = new Command("bench", "Measure search latency, index build, write-to-searchable time and the rerank step in-process.") { size, queries, output, rerank, trainQueries, rerankQueries, only, buildThreads, duringRebuild, pruning };
        command.SetAction(async (parse, ct) =>
        {
            string seed = CliPath.Resolve("seed-data");
            int listings = parse.GetValue(size);
            string? generated = listings > 0 ? Path.Combine(Path.GetTempPath(), "mm-bench-seed-" + Guid.NewGuid().ToString("N")) : null;
            string work = Path.Combine(Path.GetTempPath(), "mm-bench-models-" + Guid.NewGuid().ToString("N"));
            try
            {
                if (generated is not null)
                {
                    await SeedWriter.WriteAsync(generated, SeedSize.ForListings(listings), SeedGenerator.DefaultSeed, Progress, ct);
                    seed = generated;
                }

                await using var host = await EvalHost.StartAsync([$"--Search:Rerank:ScorerPath={Path.Combine(work, "ranker")}"], ct);
                var threads = parse.GetValue(buildThreads)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
                var run = new BenchRun(parse.GetValue(queries), parse.GetValue(only)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), threads, parse.GetValue(duringRebuild), parse.GetValue(pruning));
                var (figures, classes) = await RunAsync(host.Services, seed, run, ct);
                if (parse.GetValue(rerank))
                {
                    int n = parse.GetValue(rerankQueries);
                    var subset = classes.Select(c => (c.Name, c.Texts.Take(n).ToList())).ToList();
                    figures["rerank"] = await RerankBench.RunAsync(host.Services, seed, subset, parse.GetValue(trainQueries), work, ct);
                }

                if (parse.GetValue(output) is { } file)
                {
                    await File.WriteAllTextAsync(CliPath.Resolve(file), JsonSerializer.Serialize(figures, Json), ct);
                }
            }
            finally
            {
                if (generated is not null)
                {
                    Directory.Delete(generated, recursive: true);
                }

                if (Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }
            }

            return 0;
        });
        return command;
    }

    private static async Task<(Dictionary<string, object> Figures, List<(string Name, List<string> Texts)> Classes)> RunAsync(IServiceProvider services, string seed, BenchRun run, CancellationToken ct)
    {
        var peak = new PeakMemory();
        var watch = Stopwatch.StartNew();
        int listings = await services.GetRequiredService<SeedImporter>().ImportAsync(seed, Progress, ct);
        double importSeconds = watch.Elapsed.TotalSeconds;
        var builds = await BuildAsync(services, run.BuildThreads, peak, ct);

        var demands = SeedReader.Read<Demand>(Path.Combine(seed, SeedWriter.Demands)).Take(run.PerClass).ToList();
        var pipeline = services.GetRequiredService<SearchPipeline>();
        double indexSeconds = (double)builds[^1]["seconds"];
        var figures = new Dictionary<string, object>
        {
            ["listings"] = listings,
            ["import_seconds"] = Math.Round(importSeconds, 2),
            ["index_seconds"] = indexSeconds,
            ["index_builds"] = builds,
        };
        var classes = new (string Name, Func<Demand, string> Text)[]
        {
            ("keywords", d => string.Join(' ', d.Keywords.Take(3))),
            ("title", d => d.Title),
            ("full_demand", d => $"{d.Title}\n{d.Description}"),
        }.Where(c => run.Only is null || run.Only.Contains(c.Name)).Select(c => (c.Name, demands.Select(c.Text).ToList())).ToList();
        foreach (var (name, texts) in classes)
        {
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            int collections = GC.CollectionCount(0);
            int full = GC.CollectionCount(2);
            List<double> latencies;
            Dictionary<string, double> steps;
            using (var stepTimes = new StepTimes())
            {
                latencies = await TimeAsync(pipeline, texts, ct, new ProgressMeter($"search [{name}]", 2L * texts.Count, Progress));
                steps = stepTimes.MeanMilliseconds();
            }

            // TimeAsync runs the texts twice (warm-up, then timed): the counters cover both passes, hence / 2.
            double perSearchMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 2.0 / texts.Count / 1048576.0;
            double gen0PerSearch = (GC.CollectionCount(0) - collections) / 2.0 / texts.Count;
            int gen2 = GC.CollectionCount(2) - full;
            figures[$"search_{name}_ms"] = Summary(latencies);
            figures[$"search_{name}_allocated_mb"] = Math.Round(perSearchMb, 3);
            figures[$"search_{name}_gen0_per_search"] = Math.Round(gen0PerSearch, 3);
            figures[$"search_{name}_gen2_collections"] = gen2;
            figures[$"search_{name}_step_mean_ms"] = steps;
            Console.WriteLine($"search [{name}] n={latencies.Count} p50={Percentile(latencies, 0.5):F2}ms p95={Percentile(latencies, 0.95):F2}ms p99={Percentile(latencies, 0.99):F2}ms allocated={perSearchMb:F2}MB/search gen0={gen0PerSearch:F2}/search gen2={gen2} in {2 * texts.Count} searches; mean ms by step: {string.Join(", ", steps.Select(p => $"{p.Key} {p.Value:F2}"))}");
        }

        if (run.PruningQueries > 0)
        {
            var pruningFigures = new Dictionary<string, object>();
            foreach (var (name, texts) in classes)
            {
                pruningFigures[name] = await PruningAsync(services, pipeline, name, texts.Take(run.PruningQueries).ToList(), ct);
            }

            figures["pruning"] = pruningFigures;
        }

        if (run.DuringRebuild && classes.Count > 0)
        {
            figures["search_during_rebuild"] = await DuringRebuildAsync(services, pipeline, classes[0], ct);
        }

        var fresh = await FreshnessAsync(services, pipeline, ct);
        figures["write_to_searchable_ms"] = Summary(fresh);
        Console.WriteLine($"write→searchable n={fresh.Count} p50={Percentile(fresh, 0.5):F1}ms p95={Percentile(fresh, 0.95):F1}ms");
        GC.Collect();
        figures["managed_heap_mb"] = Math.Round(GC.GetTotalMemory(forceFullCollection: true) / 1048576.0, 1);
        figures["working_set_mb"] = Math.Round(Environment.WorkingSet / 1048576.0, 1);
        figures["peak_working_set_mb"] = peak.OverallMegabytes;
        Console.WriteLine($"listings={listings:N0} import={importSeconds:F1}s index={indexSeconds:F1}s heap={figures["managed_heap_mb"]}MB working-set={figures["working_set_mb"]}MB peak-working-set={figures["peak_working_set_mb"]}MB");
        return (figures, classes);
    }

    internal static async Task<List<double>> TimeAsync(SearchPipeline pipeline, List<string> texts, CancellationToken ct, ProgressMeter? meter = null)
    {
        // Warm-up pass over the same texts: the segmenter's dictionary, tiered JIT and the OS file cache
        // reach the state of a running service before anything is timed.
        foreach (string text in texts)
        {
            await SearchAsync(pipeline, text, ct);
            meter?.Step();
        }

        var latencies = new List<double>(texts.Count);
        var watch = new Stopwatch();
        foreach (string text in texts)
        {
            watch.Restart();
            await SearchAsync(pipeline, text, ct);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            meter?.Step();
        }

        meter?.Finish();
        return latencies;
    }

    /// <summary>The request every timed search makes: the API's default (achievements, facets, highlights, explanations, 10 hits).</summary>
    private static Task<SearchResult> SearchAsync(SearchPipeline pipeline, string text, CancellationToken ct) =>
        pipeline.RunAsync(new SearchRequest(text, [ListingKind.Achievement]) { IncludeFacets = true }, ct);

    /// <summary>One full rebuild per thread count asked for (the configured one when none is), each with its time and peak working set.</summary>
    private static async Task<List<Dictionary<string, object>>> BuildAsync(IServiceProvider services, IReadOnlyList<int>? threads, PeakMemory peak, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var maintenance = services.GetRequiredService<IndexMaintenance>();
        var builds = new List<Dictionary<string, object>>();
        foreach (int count in threads is { Count: > 0 } ? threads : [options.IndexBuildThreads])
        {
            options.IndexBuildThreads = count;
            bool own = peak.StartPhase();
            var watch = Stopwatch.StartNew();
            await maintenance.RebuildAsync(Progress, ct);
            double seconds = watch.Elapsed.TotalSeconds;
            double rss = peak.PhaseMegabytes();
            builds.Add(new() { ["threads"] = count, ["seconds"] = Math.Round(seconds, 2), ["peak_working_set_mb"] = rss });
            Console.WriteLine($"index build threads={count} {seconds:F1}s peak-working-set={rss}MB{(own ? "" : " (peak since start)")}");
        }

        return builds;
    }

    /// <summary>
    /// The texts searched one at a time while a full rebuild runs beside the live index (what a node serves during a requested
    /// rebuild), against one idle pass just before; only searches that start and end within the rebuild count.
    /// </summary>
    private static async Task<Dictionary<string, object>> DuringRebuildAsync(IServiceProvider services, SearchPipeline pipeline, (string Name, List<string> Texts) queries, CancellationToken ct)
    {
        var idle = new List<double>(queries.Texts.Count);
        var watch = new Stopwatch();
        foreach (string text in queries.Texts)
        {
            watch.Restart();
            await SearchAsync(pipeline, text, ct);
            idle.Add(watch.Elapsed.TotalMilliseconds);
        }

        var during = new List<double>();
        var rebuildWatch = Stopwatch.StartNew();
        var rebuild = Task.Run(() => services.GetRequiredService<IndexMaintenance>().RebuildAsync(null, ct), ct);
        for (int i = 0; !rebuild.IsCompleted; i = (i + 1) % queries.Texts.Count)
        {
            watch.Restart();
            await SearchAsync(pipeline, queries.Texts[i], ct);
            if (!rebuild.IsCompleted)
            {
                during.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        await rebuild;
        double rebuildSeconds = rebuildWatch.Elapsed.TotalSeconds;
        int threads = services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexBuildThreads;
        double p50 = Percentile(during, 0.5) / Percentile(idle, 0.5);
        double p95 = Percentile(during, 0.95) / Percentile(idle, 0.95);
        Console.WriteLine($"search [{queries.Name}] during a rebuild (threads={threads}, {rebuildSeconds:F1}s) n={during.Count} p50={Percentile(during, 0.5):F2}ms p95={Percentile(during, 0.95):F2}ms; idle n={idle.Count} p50={Percentile(idle, 0.5):F2}ms p95={Percentile(idle, 0.95):F2}ms; ×{p50:F2} p50, ×{p95:F2} p95");
        return new()
        {
            ["class"] = queries.Name,
            ["threads"] = threads,
            ["rebuild_seconds"] = Math.Round(rebuildSeconds, 2),
            ["idle_ms"] = Summary(idle),
            ["during_ms"] = Summary(during),
            ["p50_ratio"] = Math.Round(p50, 2),
            ["p95_ratio"] = Math.Round(p95, 2),
        };
    }

    /// <summary>
    /// The same texts as configured, exhaustive and pruned with exact counts, one after the other on the same index:
    /// each variant's latency, its ratio to the exhaustive one, and how far its pages and totals agree with the exhaustive
    /// ones (pruning alone must not change a page; counting on a sample only changes totals and facets, flagged).
    /// </summary>
    private static async Task<Dictionary<string, object>> PruningAsync(IServiceProvider services, SearchPipeline pipeline, string name, List<string> texts, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var (prune, sample, longPrune, threads) = (options.PruneMinDocuments, options.CountSamplePostings, options.LongQueryPrune, options.PruneThreads);
        var variants = new (string Name, int Prune, int Sample, float LongPrune, int Threads)[]
        {
            ("exhaustive", 0, sample, 1f, threads),
            ("pruned_exact_counts", 1, int.MaxValue, 1f, threads),
            ("configured_one_thread", prune, sample, longPrune, 1),
            ("configured", prune, sample, longPrune, threads),
        };
        var runs = new List<(string Name, List<double> Latencies, List<SearchResult> Results)>();
        try
        {
            foreach (var variant in variants)
            {
                (options.PruneMinDocuments, options.CountSamplePostings, options.LongQueryPrune, options.PruneThreads) = (variant.Prune, variant.Sample, variant.LongPrune, variant.Threads);
                foreach (string text in texts)
                {
                    await SearchAsync(pipeline, text, ct);
                }

                var latencies = new List<double>(texts.Count);
                var results = new List<SearchResult>(texts.Count);
                var watch = new Stopwatch();
                foreach (string text in texts)
                {
                    watch.Restart();
                    results.Add(await SearchAsync(pipeline, text, ct));
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }

                runs.Add((variant.Name, latencies, results));
            }
        }
        finally
        {
            (options.PruneMinDocuments, options.CountSamplePostings, options.LongQueryPrune, options.PruneThreads) = (prune, sample, longPrune, threads);
        }

        var exhaustive = runs[0];
        var figures = new Dictionary<string, object> { ["queries"] = texts.Count };
        foreach (var (variant, latencies, results) in runs)
        {
            int samePages = 0, inexactTotals = 0, inexactFacets = 0;
            var errors = new List<double>();
            for (int i = 0; i < texts.Count; i++)
            {
                samePages += results[i].Hits.Select(h => h.Id).SequenceEqual(exhaustive.Results[i].Hits.Select(h => h.Id)) ? 1 : 0;
                inexactTotals += results[i].TotalCountIsExact ? 0 : 1;
                inexactFacets += results[i].Facets.Exact ? 0 : 1;
                errors.Add(Math.Abs(results[i].TotalCount - exhaustive.Results[i].TotalCount) / (double)Math.Max(1, exhaustive.Results[i].TotalCount));
            }

            double p50 = Percentile(latencies, 0.5) / Percentile(exhaustive.Latencies, 0.5);
            double p95 = Percentile(latencies, 0.95) / Percentile(exhaustive.Latencies, 0.95);
            figures[variant] = new Dictionary<string, object>
            {
                ["ms"] = Summary(latencies),
                ["p50_ratio_to_exhaustive"] = Math.Round(p50, 3),
                ["p95_ratio_to_exhaustive"] = Math.Round(p95, 3),
                ["same_page_share"] = Math.Round(samePages / (double)texts.Count, 4),
                ["inexact_total_share"] = Math.Round(inexactTotals / (double)texts.Count, 4),
                ["inexact_facets_share"] = Math.Round(inexactFacets / (double)texts.Count, 4),
                ["total_relative_error_p50"] = Math.Round(Percentile(errors, 0.5), 4),
                ["total_relative_error_p95"] = Math.Round(Percentile(errors, 0.95), 4),
            };
            Console.WriteLine($"search [{name}] {variant} n={texts.Count} p50={Percentile(latencies, 0.5):F2}ms p95={Percentile(latencies, 0.95):F2}ms (×{p50:F2} / ×{p95:F2} of exhaustive) same page {samePages}/{texts.Count}, inexact totals {inexactTotals} facets {inexactFacets}, total error p50 {Percentile(errors, 0.5):P1} p95 {Percentile(errors, 0.95):P1}");
        }

        return figures;
    }

    private static async Task<List<double>> FreshnessAsync(IServiceProvider services, SearchPipeline pipeline, CancellationToken ct)
    {
        // The in-process trigger is what a served write uses; the bench runs it like the host does.
        var worker = services.GetRequiredService<IndexCatchUpWorker>();
        await worker.StartAsync(ct);
        var latencies = new List<double>();
        for (int i = 0; i < 20; i++)
        {
            string code = $"BENCH{i:D3}X{Random.Shared.Next(1000, 9999)}";
            var watch = Stopwatch.StartNew();
            using (var scope = services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<ListingService>().PublishAchievementAsync(
                    new Achievement { Title = $"基准测试成果 {code}", Abstract = "用于测量写入到可检索的延迟。", Trl = 5 }, ct);
            }

            while ((await pipeline.RunAsync(new SearchRequest(code, [ListingKind.Achievement]) { IncludeSnippets = false }, ct)).TotalCount == 0)
            {
                await Task.Delay(2, ct);
            }

            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        await worker.StopAsync(ct);
        return latencies;
    }

    internal static Dictionary<string, double> Summary(List<double> values) => new()
    {
        ["p50"] = Math.Round(Percentile(values, 0.50), 3),
        ["p95"] = Math.Round(Percentile(values, 0.95), 3),
        ["p99"] = Math.Round(Percentile(values, 0.99), 3),
        ["mean"] = Math.Round(values.Average(), 3),
    };

    internal static double Percentile(List<double> values, double q) => RetrievalMetrics.Percentile(values, q);

    /// <summary>The pipeline's own step histogram (analyze, retrieve, rerank, explain) listened to while it lives: mean milliseconds per step.</summary>
    private sealed class StepTimes : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly Dictionary<string, (double Sum, int Count)> sums = [];

        public StepTimes()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MatchmakingTelemetry.MeterName && instrument.Name == "matchmaking.search.step.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: "step", Value: string step })
                    {
                        lock (sums)
                        {
                            var (sum, count) = sums.GetValueOrDefault(step);
                            sums[step] = (sum + seconds, count + 1);
                        }
                    }
                }
            });
            listener.Start();
        }

        public Dictionary<string, double> MeanMilliseconds()
        {
            lock (sums)
            {
                return sums.ToDictionary(p => p.Key, p => Math.Round(p.Value.Sum * 1000 / p.Value.Count, 3));
            }
        }

        public void Dispose() => listener.Dispose();
    }

    private sealed record BenchRun(int PerClass, string[]? Only, IReadOnlyList<int>? BuildThreads, bool DuringRebuild, int PruningQueries);
}
