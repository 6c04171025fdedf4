using System.Diagnostics;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Exposure;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Search.Evaluation;

/// <summary>
/// Runs a BEIR dataset through the served pipeline: the corpus becomes achievements in the (temporary)
/// database, the index is built by the same rebuild the service uses, and each query is a free-text
/// search over achievements.
/// </summary>
public sealed class Evaluator(IServiceScopeFactory scopes, IndexMaintenance maintenance, SearchPipeline pipeline, ExposureLedger ledger)
{
    private const int Depth = 100;

    /// <param name="outcomes">When given, receives each query's outcome (for error analysis: which queries rank their answer late).</param>
    /// <param name="purpose">Recommendation runs each query as a recommendation's text (its own query construction and rerank).</param>
    public async Task<EvaluationReport> RunAsync(BeirDataset dataset, string mode, IProgress<string>? progress, CancellationToken ct, List<QueryOutcome>? outcomes = null, SearchPurpose purpose = SearchPurpose.Search)
    {
        var (idsByGuid, indexSeconds) = await LoadAsync(dataset, progress, ct);
        return await MeasureLoadedAsync(dataset, mode, idsByGuid, indexSeconds, ct, outcomes, purpose);
    }

    /// <summary>Runs the queries over a corpus <see cref="LoadAsync"/> already stored and indexed (several runs, one import).</summary>
    public async Task<EvaluationReport> MeasureLoadedAsync(BeirDataset dataset, string mode, Dictionary<Guid, string> idsByGuid, double indexSeconds, CancellationToken ct, List<QueryOutcome>? outcomes = null, SearchPurpose purpose = SearchPurpose.Search)
    {
        // One warm-up search loads the segmenter's dictionary and JITs the pipeline before timing.
        await pipeline.RunAsync(new SearchRequest("预热", [ListingKind.Achievement]) { Purpose = purpose }, ct);

        // Each measurement starts from no exposure history, as a fresh node does; the queries then build it in order.
        ledger.Clear();
        return await MeasureAsync(dataset, mode, indexSeconds, outcomes, async query =>
        {
            var result = await pipeline.RunAsync(new SearchRequest(query.Text, [ListingKind.Achievement], Depth) { IncludeSnippets = false, Purpose = purpose }, ct);
            return result.Hits.Select(h => idsByGuid[h.Id]).ToList();
        });
    }

    /// <summary>The same queries and metrics over the plain n-gram peer (<see cref="PeerBaseline"/>), built in memory from the corpus.</summary>
    public static async Task<EvaluationReport> MeasurePeerAsync(BeirDataset dataset, List<QueryOutcome>? outcomes = null)
    {
        var watch = Stopwatch.StartNew();
        using var peer = new PeerBaseline(dataset.Corpus);
        double indexSeconds = watch.Elapsed.TotalSeconds;
        peer.Search("预热", 10);
        return await MeasureAsync(dataset, "peer", indexSeconds, outcomes, query => Task.FromResult(peer.Search(query.Text, Depth)));
    }

    private static async Task<EvaluationReport> MeasureAsync(BeirDataset dataset, string mode, double indexSeconds, List<QueryOutcome>? outcomes, Func<BeirQuery, Task<List<string>>> rank)
    {
        var watch = Stopwatch.StartNew();
        var latencies = new List<double>(dataset.Queries.Count);
        double ndcg = 0, binary = 0, mrr = 0, r1 = 0, r10 = 0, r100 = 0;

        // How often each document is in a top 10: a ranking that shows the same few to every query is unfair to the rest.
        var exposure = dataset.Corpus.ToDictionary(d => d.Id, _ => 0, StringComparer.Ordinal);
        foreach (var query in dataset.Queries)
        {
            watch.Restart();
            var ranked = await rank(query);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            foreach (string id in ranked.Take(10))
            {
                exposure[id] = exposure.GetValueOrDefault(id) + 1;
            }

            var judged = dataset.Qrels[query.Id];
            double queryNdcg = RetrievalMetrics.Ndcg(ranked, judged, 10);
            ndcg += queryNdcg;
            binary += RetrievalMetrics.Ndcg(ranked, judged.ToDictionary(j => j.Key, _ => 1, StringComparer.Ordinal), 10);
            outcomes?.Add(new QueryOutcome(query.Id, query.Text, ranked.FindIndex(id => judged.TryGetValue(id, out int grade) && grade > 0) + 1, Math.Round(queryNdcg, 4), ranked.Take(3).ToList()));
            mrr += RetrievalMetrics.ReciprocalRank(ranked, judged, 10);
            r1 += RetrievalMetrics.Recall(ranked, judged, 1);
            r10 += RetrievalMetrics.Recall(ranked, judged, 10);
            r100 += RetrievalMetrics.Recall(ranked, judged, 100);
        }

        int n = Math.Max(1, dataset.Queries.Count);
        var metrics = new Dictionary<string, double>
        {
            ["ndcg@10"] = Math.Round(ndcg / n, 4),
            ["ndcg@10_binary"] = Math.Round(binary / n, 4),
            ["mrr@10"] = Math.Round(mrr / n, 4),
            ["recall@1"] = Math.Round(r1 / n, 4),
            ["recall@10"] = Math.Round(r10 / n, 4),
            ["recall@100"] = Math.Round(r100 / n, 4),
            ["gini@10"] = Math.Round(RetrievalMetrics.Gini(exposure.Values), 4),
        };
        var latency = new Dictionary<string, double>
        {
            ["p50"] = Math.Round(RetrievalMetrics.Percentile(latencies, 0.50), 3),
            ["p95"] = Math.Round(RetrievalMetrics.Percentile(latencies, 0.95), 3),
        };
        return new EvaluationReport(dataset.Name, mode, dataset.Corpus.Count, dataset.Queries.Count, metrics, latency, Math.Round(indexSeconds, 2));
    }

    /// <summary>Stores the corpus and builds the index; returns the corpus id of each listing and the seconds indexing took.</summary>
    public async Task<(Dictionary<Guid, string> IdsByGuid, double IndexSeconds)> LoadAsync(BeirDataset dataset, IProgress<string>? progress, CancellationToken ct)
    {
        var idsByGuid = await ImportAsync(dataset, ct);
        var watch = Stopwatch.StartNew();
        await maintenance.RebuildAsync(progress, ct);
        return (idsByGuid, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Stores the corpus as achievements; returns the corpus id of each stored achievement.</summary>
    private async Task<Dictionary<Guid, string>> ImportAsync(BeirDataset dataset, CancellationToken ct)
    {
        var idsByGuid = new Dictionary<Guid, string>();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();

        // Institutions named by the corpus's metadata exist as rows, so the index knows each document's institution.
        foreach (Guid institution in dataset.Corpus.Select(d => d.InstitutionId).OfType<Guid>().Distinct())
        {
            db.Institutions.Add(new Institution { Id = institution, Name = institution.ToString("D") });
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var chunk in dataset.Corpus.Chunk(500))
        {
            foreach (var doc in chunk)
            {
                // Corpus documents may lack a title (the title task): they are stored as they are,
                // bypassing the API's validation, because the index must see exactly the dataset.
                var id = Guid.TryParse(doc.Id, out Guid parsed) ? parsed : Guid.CreateVersion7();
                idsByGuid[id] = doc.Id;
                db.Achievements.Add(new Achievement { Id = id, Title = doc.Title, Abstract = doc.Text, Discipline = doc.Discipline, Trl = 5, InstitutionId = doc.InstitutionId });
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return idsByGuid;
    }
}
