using System.Diagnostics;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Retrains the scorer from broker decisions: each demand with a decided match becomes a ranking group
/// (its recommendation's candidate pool, built by the served analyze and retrieve steps, labelled by
/// <see cref="MatchGrades"/>), LightGBM learns from them, and the model is written into a new build
/// beside the live one and switched in atomically. Anything that fails before the switch leaves the
/// old scorer live and removes the half-written build. Optionally the seed set's planted pairs add labels.
/// </summary>
public sealed partial class RankerRetraining(
    IServiceScopeFactory scopes,
    QueryAnalyzer analyzer,
    LexicalRetriever retriever,
    FeatureExtractor extractor,
    BrokerFeedback feedback,
    ScorerProvider scorers,
    DocumentEmbeddings embeddings,
    IHostPaths paths,
    ModelDistribution distribution,
    IOptions<RerankOptions> options,
    IOptions<SearchOptions> searchOptions,
    IOptions<StorageOptions> storageOptions,
    TimeProvider clock,
    ILogger<RankerRetraining> logger)
{
    public async Task<RetrainResult> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.ScorerPath))
        {
            return Skip("Search:Rerank:ScorerPath is empty, so there is no scorer folder to retrain into");
        }

        var watch = Stopwatch.StartNew();
        feedback.Refresh();
        var groups = await BuildGroupsAsync(ct);
        if (groups.Count < o.RetrainMinGroups)
        {
            return Skip($"{groups.Count} demands with a positive decision in their candidate pool, fewer than Search:Rerank:RetrainMinGroups ({o.RetrainMinGroups})");
        }

        var features = RerankFeatures.All.Where(f => f != RerankFeatures.EmbeddingCosine || embeddings.IsEnabled).ToList();
        var location = new ModelLocation(paths.Resolve(o.ScorerPath));
        int rows = 0;
        string folder = location.Publish(clock.GetUtcNow(), build =>
        {
            rows = RankerTrainer.Train(groups, features, ["matches"], build, o.RetrainTrees).Descriptor.Rows;
            using var check = OnnxScorer.TryLoad(build) ?? throw new InvalidDataException($"{build} holds no loadable scorer.");
            if (check.Score(groups[0].Rows).Any(s => !float.IsFinite(s)))
            {
                throw new InvalidDataException($"The scorer in {build} gives non-finite scores.");
            }
        }, scorers.Reload);
        await distribution.PublishAsync(ModelDistribution.Ranker, folder, ct);
        LogTrained(logger, groups.Count, rows, folder, watch.Elapsed.TotalSeconds);
        return new RetrainResult(true, $"trained on {groups.Count} demands, {rows} rows", folder, groups.Count, watch.Elapsed.TotalSeconds);
    }

    /// <summary>One group per demand with a positive decision among its recommendation's candidates.</summary>
    public async Task<List<RankingGroup>> BuildGroupsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var matches = await db.Matches.AsNoTracking()
            .Select(m => new { m.DemandId, m.CandidateId, m.Stage, m.Feedback })
            .ToListAsync(ct);
        var labelled = matches.GroupBy(m => m.DemandId)
            .Where(g => g.Any(m => MatchGrades.Of(m.Stage, m.Feedback) > 0))
            .ToDictionary(g => g.Key, g => g.ToDictionary(m => m.CandidateId, m => MatchGrades.Of(m.Stage, m.Feedback)));
        if (options.Value.RetrainWithSeedSet)
        {
            AddPlantedPairs(labelled);
        }

        var ids = labelled.Keys.ToList();
        var demands = await db.Demands.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var groups = new List<RankingGroup>();
        foreach (var demand in demands)
        {
            ct.ThrowIfCancellationRequested();
            var query = analyzer.Analyze(RecommendationService.FromDemand(demand, RecommendationService.ForDemand, 10) with { Today = today });
            if (query.IsEmpty)
            {
                continue;
            }

            // Candidates outside the lexical pool are left out: the scorer learns on the pools it will rerank.
            var candidates = retriever.Retrieve(query, searchOptions.Value.CandidatePoolSize).Candidates;
            var grades = labelled[demand.Id];
            var labels = candidates.Select(c => grades.GetValueOrDefault(c.Id)).ToList();
            if (labels.Any(l => l > 0))
            {
                groups.Add(new RankingGroup(demand.Id.ToString("D"), extractor.Extract(query, candidates).Rows, labels));
            }
        }

        return groups;
    }

    /// <summary>
    /// The seed set's planted demand → achievement pairs (seed-data/eval/achievements, ids of the seeded
    /// listings) as extra labels; where brokers decided on the same pair, their decision wins.
    /// </summary>
    private void AddPlantedPairs(Dictionary<Guid, Dictionary<Guid, float>> labelled)
    {
        string folder = Path.Combine(paths.Resolve(storageOptions.Value.SeedDirectory), "eval", "achievements");
        if (!Directory.Exists(folder))
        {
            LogNoSeedSet(logger, folder);
            return;
        }

        foreach (var (query, judged) in BeirDataset.Load(folder).Qrels)
        {
            if (!Guid.TryParse(query, out var demand))
            {
                continue;
            }

            var grades = labelled.TryGetValue(demand, out var existing) ? existing : labelled[demand] = [];
            foreach (var (document, grade) in judged)
            {
                if (Guid.TryParse(document, out var candidate))
                {
                    grades.TryAdd(candidate, grade);
                }
            }
        }
    }

    private RetrainResult Skip(string reason)
    {
        LogSkipped(logger, reason);
        return RetrainResult.Skipped(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scorer retrained on {Groups} demands ({Rows} rows) in {ElapsedSeconds:F1} s, now live: {Folder}")]
    private static partial void LogTrained(ILogger logger, int groups, int rows, string folder, double elapsedSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search:Rerank:RetrainWithSeedSet is on but {Folder} does not exist; training on broker decisions only")]
    private static partial void LogNoSeedSet(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scorer retrain skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);
}
