using Matchmaking.Core.Domain;
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
/// Turns broker decisions into ranking groups: each demand with a positive decision among its recommendation's
/// candidates (the pool the served analyze and retrieve steps build) becomes one group, labelled by
/// <see cref="MatchGrades.Label"/>. Optionally the seed set's planted pairs add labels.
/// </summary>
public sealed partial class DecisionGroupBuilder(
    IServiceScopeFactory scopes,
    QueryAnalyzer analyzer,
    LexicalRetriever retriever,
    FeatureExtractor extractor,
    IHostPaths paths,
    IOptions<RerankOptions> options,
    IOptions<SearchOptions> searchOptions,
    IOptions<StorageOptions> storageOptions,
    TimeProvider clock,
    ILogger<DecisionGroupBuilder> logger)
{
    /// <summary>The labels per demand (grade and decision time per candidate; planted pairs have no time).</summary>
    public async Task<Dictionary<Guid, Dictionary<Guid, (float Grade, DateTimeOffset? At)>>> ReadLabelsAsync(CancellationToken ct)
    {
        List<BrokerDecision> decisions;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            decisions = await BrokerDecisions.ReadAsync(db, options.Value.NotRelevantReasons, ct);
        }

        var labels = new Dictionary<Guid, Dictionary<Guid, (float Grade, DateTimeOffset? At)>>();
        foreach (var d in decisions)
        {
            var grades = labels.TryGetValue(d.DemandId, out var existing) ? existing : labels[d.DemandId] = [];
            grades[d.CandidateId] = grades.TryGetValue(d.CandidateId, out var other) && other.Grade >= d.Grade ? other : (d.Grade, d.At);
        }

        if (options.Value.RetrainWithSeedSet)
        {
            AddPlantedPairs(labels);
        }

        return labels;
    }

    /// <summary>One group per demand with a positive label among its recommendation's candidates.</summary>
    public async Task<List<DecisionGroup>> BuildAsync(Dictionary<Guid, Dictionary<Guid, (float Grade, DateTimeOffset? At)>> labels, CancellationToken ct)
    {
        var ids = labels.Where(l => l.Value.Values.Any(v => v.Grade > 0)).Select(l => l.Key).ToList();
        List<Demand> demands;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            demands = await db.Demands.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(ct);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var groups = new List<DecisionGroup>();
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
            var judged = labels[demand.Id];
            var inPool = candidates.Select(c => judged.TryGetValue(c.Id, out var l) ? l : ((float Grade, DateTimeOffset? At)?)null).ToList();
            if (!inPool.Any(l => l?.Grade > 0))
            {
                continue;
            }

            var times = inPool.Where(l => l?.At is not null).Select(l => l!.Value.At!.Value).ToList();
            var group = new RankingGroup(demand.Id.ToString("D"), extractor.Extract(query, candidates).Rows, [.. inPool.Select(l => l?.Grade ?? 0)]);
            groups.Add(new DecisionGroup(group, query, candidates, times.Count > 0 ? times.Min() : null, times.Count));
        }

        return groups;
    }

    /// <summary>
    /// The seed set's planted demand → achievement pairs (seed-data/eval/achievements, ids of the seeded
    /// listings) as extra labels; where brokers decided on the same pair, their decision wins.
    /// </summary>
    private void AddPlantedPairs(Dictionary<Guid, Dictionary<Guid, (float Grade, DateTimeOffset? At)>> labels)
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

            var grades = labels.TryGetValue(demand, out var existing) ? existing : labels[demand] = [];
            foreach (var (document, grade) in judged)
            {
                if (Guid.TryParse(document, out var candidate))
                {
                    grades.TryAdd(candidate, (grade, null));
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search:Rerank:RetrainWithSeedSet is on but {Folder} does not exist; training on broker decisions only")]
    private static partial void LogNoSeedSet(ILogger logger, string folder);
}
