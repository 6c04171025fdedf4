using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Api.Hosting;
using Matchmaking.Core;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Seed;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `bench [--size N] [--out FILE.json] [--rerank false] [--rerank-queries N]`: in-process latency of the served pipeline (retrieve +
/// rerank + explain with snippets) at seed scale or a generated size, index build time, write-to-searchable
/// latency and memory, then the rerank section (<see cref="RerankBench"/>). A temporary database, index
/// and model folders; the service's data is untouched.
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
        var command = new Command("bench", "Measure search latency, index build, write-to-searchable time and the rerank step in-process.") { size, queries, output, rerank, trainQueries, rerankQueries, only };
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
                var (figures, classes) = await RunAsync(host.Services, seed, parse.GetValue(queries), parse.GetValue(only)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), ct);
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

    private static async Task<(Dictionary<string, object> Figures, List<(string Name, List<string> Texts)> Classes)> RunAsync(IServiceProvider services, string seed, int perClass, string[]? only, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        int listings = await services.GetRequiredService<SeedImporter>().ImportAsync(seed, Progress, ct);
        double importSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        await services.GetRequiredService<IndexMaintenance>().RebuildAsync(Progress, ct);
        double indexSeconds = watch.Elapsed.TotalSeconds;

        var demands = SeedReader.Read<Demand>(Path.Combine(seed, SeedWriter.Demands)).Take(perClass).ToList();
        var pipeline = services.GetRequiredService<SearchPipeline>();
        var figures = new Dictionary<string, object>
        {
            ["listings"] = listings,
            ["import_seconds"] = Math.Round(importSeconds, 2),
            ["index_seconds"] = Math.Round(indexSeconds, 2),
        };
        var classes = new (string Name, Func<Demand, string> Text)[]
        {
            ("keywords", d => string.Join(' ', d.Keywords.Take(3))),
            ("title", d => d.Title),
            ("full_demand", d => $"{d.Title}\n{d.Description}"),
        }.Where(c => only is null || only.Contains(c.Name)).Select(c => (c.Name, demands.Select(c.Text).ToList())).ToList();
        foreach (var (name, texts) in classes)
        {
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            int collections = GC.CollectionCount(0);
            int full = GC.CollectionCount(2);
            var latencies = await TimeAsync(pipeline, texts, ct, new ProgressMeter($"search [{name}]", 2L * texts.Count, Progress));
            // TimeAsync runs the texts twice (warm-up, then timed): the counters cover both passes, hence / 2.
            double perSearchMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 2.0 / texts.Count / 1048576.0;
            double gen0PerSearch = (GC.CollectionCount(0) - collections) / 2.0 / texts.Count;
            int gen2 = GC.CollectionCount(2) - full;
            figures[$"search_{name}_ms"] = Summary(latencies);
            figures[$"search_{name}_allocated_mb"] = Math.Round(perSearchMb, 3);
            figures[$"search_{name}_gen0_per_search"] = Math.Round(gen0PerSearch, 3);
            figures[$"search_{name}_gen2_collections"] = gen2;
            Console.WriteLine($"search [{name}] n={latencies.Count} p50={Percentile(latencies, 0.5):F2}ms p95={Percentile(latencies, 0.95):F2}ms p99={Percentile(latencies, 0.99):F2}ms allocated={perSearchMb:F2}MB/search gen0={gen0PerSearch:F2}/search gen2={gen2} in {2 * texts.Count} searches");
        }

        var fresh = await FreshnessAsync(services, pipeline, ct);
        figures["write_to_searchable_ms"] = Summary(fresh);
        Console.WriteLine($"write→searchable n={fresh.Count} p50={Percentile(fresh, 0.5):F1}ms p95={Percentile(fresh, 0.95):F1}ms");
        GC.Collect();
        figures["managed_heap_mb"] = Math.Round(GC.GetTotalMemory(forceFullCollection: true) / 1048576.0, 1);
        figures["working_set_mb"] = Math.Round(Environment.WorkingSet / 1048576.0, 1);
        Console.WriteLine($"listings={listings:N0} import={importSeconds:F1}s index={indexSeconds:F1}s heap={figures["managed_heap_mb"]}MB working-set={figures["working_set_mb"]}MB");
        return (figures, classes);
    }

    internal static async Task<List<double>> TimeAsync(SearchPipeline pipeline, List<string> texts, CancellationToken ct, ProgressMeter? meter = null)
    {
        // Warm-up pass over the same texts: the segmenter's dictionary, tiered JIT and the OS file cache
        // reach the state of a running service before anything is timed.
        foreach (string text in texts)
        {
            await pipeline.RunAsync(new SearchRequest(text, [ListingKind.Achievement]) { IncludeFacets = true }, ct);
            meter?.Step();
        }

        var latencies = new List<double>(texts.Count);
        var watch = new Stopwatch();
        foreach (string text in texts)
        {
            watch.Restart();
            await pipeline.RunAsync(new SearchRequest(text, [ListingKind.Achievement]) { IncludeFacets = true }, ct);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            meter?.Step();
        }

        meter?.Finish();
        return latencies;
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
}
