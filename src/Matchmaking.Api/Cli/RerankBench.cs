using System.Diagnostics;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Embeddings.Training;
using Matchmaking.Core.Search;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Search.Rerank;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Cli;

/// <summary>
/// The bench's rerank section, over the index the lexical section built: ranker training time (a scorer
/// trained here on the seed set's planted pairs), the cost of features + scoring per query, the lexical
/// and hybrid (fusion, scorer) pipelines timed side by side, and the project embedding model's encode
/// speed and memory. The served pipeline classes, with <see cref="HybridReranker"/> as step 3.
/// </summary>
internal static class RerankBench
{
    public static async Task<Dictionary<string, object>> RunAsync(
        IServiceProvider services, string seed, IReadOnlyList<(string Name, List<string> Texts)> classes, int trainQueries, string work, CancellationToken ct)
    {
        var figures = new Dictionary<string, object>();

        // A scorer trained on the planted pairs, written where the host's ScorerPath points.
        var planted = BeirDataset.Load(Path.Combine(seed, "eval", "achievements"));
        planted = planted with { Queries = planted.Queries.Take(trainQueries).ToList() };
        var watch = Stopwatch.StartNew();
        var groups = services.GetRequiredService<TrainingSetBuilder>().Build(planted, planted.Corpus.ToDictionary(d => Guid.Parse(d.Id), d => d.Id), ct);
        double featureSeconds = watch.Elapsed.TotalSeconds;
        var features = RerankFeatures.All.Where(f => f != RerankFeatures.EmbeddingCosine).ToList();
        var trained = RankerTrainer.Train(groups, features, ["seed planted (bench)"], Path.Combine(work, "ranker"));
        figures["ranker_training"] = new Dictionary<string, object>
        {
            ["queries"] = groups.Count, ["rows"] = trained.Descriptor.Rows, ["features"] = features.Count,
            ["feature_seconds"] = Math.Round(featureSeconds, 2), ["train_seconds"] = Math.Round(trained.Seconds, 2),
        };
        Console.WriteLine($"rerank: ranker trained on {groups.Count} queries / {trained.Descriptor.Rows} rows: features {featureSeconds:F1}s, LightGBM {trained.Seconds:F1}s");
        var scorers = services.GetRequiredService<ScorerProvider>();
        scorers.Reload();
        var scorer = scorers.Current ?? throw new InvalidOperationException("The bench scorer did not load.");

        FeatureCost(services, scorer, classes, figures);
        await TimeAsync(services, classes, figures, ct);
        Embeddings(services, seed, classes[^1].Texts, Path.Combine(work, "embed"), figures);
        return figures;
    }

    /// <summary>
    /// The lexical pipeline (the host's), hybrid with the fusion and hybrid with the scorer, one query of each
    /// in turn, so that whatever else runs on the machine weighs on all three alike.
    /// </summary>
    private static async Task TimeAsync(IServiceProvider services, IReadOnlyList<(string Name, List<string> Texts)> classes, Dictionary<string, object> figures, CancellationToken ct)
    {
        var pipelines = new (string Name, SearchPipeline Pipeline)[]
        {
            ("lexical", services.GetRequiredService<SearchPipeline>()),
            ("hybrid_fusion", Hybrid(services, new RerankOptions { Without = ["scorer"] })),
            ("hybrid_scorer", Hybrid(services, services.GetRequiredService<IOptions<RerankOptions>>().Value)),
        };
        using (var lease = services.GetRequiredService<ListingIndex>().Acquire())
        {
            figures["index_segments"] = lease.Searcher.IndexReader.Leaves.Count;
        }

        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        foreach (var (name, texts) in classes)
        {
            var latencies = pipelines.Select(_ => new List<double>(texts.Count)).ToArray();
            var allocated = new long[pipelines.Length];
            for (int pass = 0; pass < 2; pass++)
            {
                // The first pass warms up (JIT, caches, segmenter) and is not kept.
                foreach (string text in texts)
                {
                    for (int p = 0; p < pipelines.Length; p++)
                    {
                        long bytes = GC.GetAllocatedBytesForCurrentThread();
                        long start = Stopwatch.GetTimestamp();
                        await pipelines[p].Pipeline.RunAsync(new SearchRequest(text, [ListingKind.Achievement]) { IncludeFacets = true }, ct);
                        if (pass == 1)
                        {
                            latencies[p].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                            allocated[p] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                        }
                    }
                }
            }

            for (int p = 0; p < pipelines.Length; p++)
            {
                figures[$"{pipelines[p].Name}_{name}_ms"] = BenchCommand.Summary(latencies[p]);
                figures[$"{pipelines[p].Name}_{name}_allocated_kb"] = Math.Round(allocated[p] / 1024.0 / texts.Count);
                Console.WriteLine($"rerank: {pipelines[p].Name} search [{name}] p50={BenchCommand.Percentile(latencies[p], 0.5):F2}ms p95={BenchCommand.Percentile(latencies[p], 0.95):F2}ms " +
                    $"allocated {allocated[p] / 1024.0 / texts.Count:F0} KB/search");
            }
        }

        figures["gc_collections_gen0_1_2"] = new[] { GC.CollectionCount(0) - collections[0], GC.CollectionCount(1) - collections[1], GC.CollectionCount(2) - collections[2] };
        Console.WriteLine($"rerank: {figures["index_segments"]} index segments; GCs during the timed searches gen0/1/2 = {string.Join('/', (int[])figures["gc_collections_gen0_1_2"])}");
    }

    private static SearchPipeline Hybrid(IServiceProvider services, RerankOptions options) => new(
        services.GetRequiredService<QueryAnalyzer>(),
        services.GetRequiredService<LexicalRetriever>(),
        new HybridReranker(services.GetRequiredService<FeatureExtractor>(), services.GetRequiredService<ScorerProvider>(), Options.Create(options),
            services.GetRequiredService<IOptions<SearchOptions>>(), services.GetRequiredService<ILogger<HybridReranker>>()),
        services.GetRequiredService<Matchmaking.Core.Search.Exposure.ExposureControl>(),
        services.GetRequiredService<Explainer>(),
        services.GetRequiredService<IOptions<SearchOptions>>(),
        services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<SearchMetrics>(),
        services.GetRequiredService<Core.Listings.Duplicates.DuplicateDetector>());

    /// <summary>Features + ONNX scoring of each query's candidate pool, apart from retrieval and explanation.</summary>
    private static void FeatureCost(IServiceProvider services, OnnxScorer scorer, IReadOnlyList<(string Name, List<string> Texts)> classes, Dictionary<string, object> figures)
    {
        var analyzer = services.GetRequiredService<QueryAnalyzer>();
        var retriever = services.GetRequiredService<LexicalRetriever>();
        var extractor = services.GetRequiredService<FeatureExtractor>();
        int pool = services.GetRequiredService<IOptions<SearchOptions>>().Value.CandidatePoolSize;
        foreach (var (name, texts) in classes)
        {
            var latencies = new List<double>(texts.Count);
            foreach (string text in texts)
            {
                var query = analyzer.Analyze(new SearchRequest(text, [ListingKind.Achievement]));
                var candidates = retriever.Retrieve(query, pool).Candidates;
                long start = Stopwatch.GetTimestamp();
                scorer.Score(extractor.Extract(query, candidates).Rows);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            figures[$"features_scoring_{name}_ms"] = BenchCommand.Summary(latencies);
            Console.WriteLine($"rerank: features+scoring [{name}] pool≤{pool} p50={BenchCommand.Percentile(latencies, 0.5):F2}ms p95={BenchCommand.Percentile(latencies, 0.95):F2}ms");
        }
    }

    /// <summary>The project model trained on the seed listings: encode speed over the index's documents, query encode latency, memory per vector.</summary>
    private static void Embeddings(IServiceProvider services, string seed, List<string> queries, string folder, Dictionary<string, object> figures)
    {
        var trained = LsaTrainer.Train(ListingTexts.Read(seed), folder, "seed-data (bench)");
        List<string> documents;
        using (var lease = services.GetRequiredService<ListingIndex>().Acquire())
        {
            documents = StoredListings.Read(lease.Searcher.IndexReader).Select(d => d.Text).ToList();
        }

        using var generator = OnnxEmbeddingGenerator.Load(folder, batchSize: 64);
        generator.Encode(documents.Take(64).ToList(), query: false);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        float[][] vectors = generator.Encode(documents, query: false);
        double docsPerSecond = documents.Count / watch.Elapsed.TotalSeconds;
        long bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(vectors);

        var encode = new List<double>(queries.Count);
        foreach (string query in queries)
        {
            long start = Stopwatch.GetTimestamp();
            generator.Encode([query], query: true);
            encode.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        double per100k = (double)bytes / documents.Count * 100_000;
        figures["embeddings"] = new Dictionary<string, object>
        {
            ["model"] = $"hashed n-grams → LSA, d={trained.Descriptor.Dimension}", ["train_seconds"] = Math.Round(trained.Seconds, 2),
            ["documents"] = documents.Count, ["docs_per_second"] = Math.Round(docsPerSecond), ["query_encode_ms"] = BenchCommand.Summary(encode),
            ["vector_bytes_per_100k"] = Math.Round(per100k), ["raw_float32_bytes_per_100k"] = 100_000L * trained.Descriptor.Dimension * sizeof(float),
        };
        Console.WriteLine($"rerank: embeddings d={trained.Descriptor.Dimension} trained in {trained.Seconds:F1}s; {documents.Count:N0} docs at {docsPerSecond:N0} docs/s; " +
            $"query encode p50={BenchCommand.Percentile(encode, 0.5):F3}ms p95={BenchCommand.Percentile(encode, 0.95):F3}ms; vectors {per100k / 1048576:F1} MiB per 100k listings");
    }
}
