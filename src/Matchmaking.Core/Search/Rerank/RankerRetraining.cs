using System.Diagnostics;
using System.Globalization;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Retrains the scorer from broker decisions (<see cref="DecisionGroupBuilder"/>). The demands decided last
/// (<see cref="RerankOptions.RetrainHoldOutShare"/>) are held out: a scorer trained on the earlier ones is
/// compared on them with the ranking recommendations are served by and with the lexical one
/// (<see cref="RankerComparison"/>), the comparison is recorded (<see cref="RankerEvaluations"/>), and only
/// when the new scorer wins is one trained on every decision written into a new build, switched in
/// atomically and published to every node. Anything that fails before the switch leaves the old scorer live.
/// </summary>
public sealed partial class RankerRetraining(
    IServiceScopeFactory scopes,
    DecisionGroupBuilder builder,
    RankerComparison comparison,
    BrokerFeedback feedback,
    ScorerProvider scorers,
    DocumentEmbeddings embeddings,
    IHostPaths paths,
    ModelDistribution distribution,
    IOptions<RerankOptions> options,
    IOptions<NodeOptions> node,
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
        var labels = await builder.ReadLabelsAsync(ct);
        int decisions = labels.Values.Sum(l => l.Count);
        if (decisions < o.RetrainMinDecisions)
        {
            return Skip($"{labels.Count} demands with {decisions} labelled decisions, fewer than Search:Rerank:RetrainMinDecisions ({o.RetrainMinDecisions})");
        }

        var groups = await builder.BuildAsync(labels, ct);
        if (groups.Count < o.RetrainMinGroups)
        {
            return Skip($"{groups.Count} demands with a positive decision in their candidate pool, fewer than Search:Rerank:RetrainMinGroups ({o.RetrainMinGroups})");
        }

        var features = RerankFeatures.All.Where(f => f != RerankFeatures.EmbeddingCosine || embeddings.IsEnabled).ToList();
        var location = new ModelLocation(paths.Resolve(o.ScorerPath));
        var evaluation = await EvaluateAsync(groups, features, location, ct);
        bool wins = evaluation.Gain is { } gain && gain >= o.RetrainMinGain;
        if (!wins && o.RetrainSwitch == RankerSwitch.WhenBetter)
        {
            await RecordAsync(evaluation, ct);
            LogKept(logger, evaluation.Reason);
            return new RetrainResult(false, $"kept {evaluation.Baseline}: {evaluation.Reason}", null, groups.Count, watch.Elapsed.TotalSeconds) { Evaluation = evaluation };
        }

        int rows = 0;
        string folder = location.Publish(clock.GetUtcNow(), build =>
        {
            rows = RankerTrainer.Train([.. groups.Select(g => g.Group)], features, ["matches"], build, o.RetrainTrees).Descriptor.Rows;
            using var check = OnnxScorer.TryLoad(build) ?? throw new InvalidDataException($"{build} holds no loadable scorer.");
            if (check.Score(groups[0].Group.Rows).Any(s => !float.IsFinite(s)))
            {
                throw new InvalidDataException($"The scorer in {build} gives non-finite scores.");
            }
        }, scorers.Reload);
        await distribution.PublishAsync(ModelDistribution.Ranker, folder, ct);
        evaluation = await RecordAsync(evaluation with { SwitchedOn = true, Folder = Path.GetFileName(folder) }, ct);
        LogTrained(logger, groups.Count, rows, folder, watch.Elapsed.TotalSeconds, evaluation.Reason);
        return new RetrainResult(true, $"trained on {groups.Count} demands, {rows} rows; {evaluation.Reason}", folder, groups.Count, watch.Elapsed.TotalSeconds) { Evaluation = evaluation };
    }

    /// <summary>Splits by time, trains on the past in a scratch folder and compares on the future.</summary>
    private async Task<RankerEvaluation> EvaluateAsync(List<DecisionGroup> groups, List<string> features, ModelLocation location, CancellationToken ct)
    {
        var o = options.Value;
        var (train, heldOut) = HeldOutSplit.ByTime(groups, g => g.Group.QueryId, g => g.FirstDecision, o.RetrainHoldOutShare);
        string baseline = o.ModeFor(SearchPurpose.Recommendation) == RerankMode.Lexical ? "lexical"
            : scorers.Current is null || o.Without.Contains("scorer") ? "fusion"
            : "scorer " + Path.GetFileName(location.Live());
        var evaluation = new RankerEvaluation
        {
            At = clock.GetUtcNow(),
            Baseline = baseline,
            TrainDemands = train.Count, TrainDecisions = train.Sum(g => g.Decisions),
            HeldOutDemands = heldOut.Count, HeldOutDecisions = heldOut.Sum(g => g.Decisions),
            HeldOutFrom = heldOut.Count > 0 ? heldOut[0].FirstDecision : null,
        };
        if (heldOut.Count < o.RetrainMinHeldOut)
        {
            return evaluation with { Reason = $"{heldOut.Count} held-out demands, fewer than Search:Rerank:RetrainMinHeldOut ({o.RetrainMinHeldOut}): not compared" };
        }

        double lexical = await comparison.LexicalAsync(heldOut, ct);
        double served = await comparison.ServedAsync(heldOut, ct);
        string scratch = BuildFolders.NewPath(location.Root, "trial-", clock.GetUtcNow());
        double trained;
        try
        {
            RankerTrainer.Train([.. train.Select(g => g.Group)], features, ["matches"], scratch, o.RetrainTrees);
            using var scorer = OnnxScorer.TryLoad(scratch) ?? throw new InvalidDataException($"{scratch} holds no loadable scorer.");
            trained = RankerComparison.Scored(scorer, heldOut);
        }
        finally
        {
            ModelLocation.Discard(scratch);
        }

        string figures = string.Create(CultureInfo.InvariantCulture, $"held-out nDCG@10 {trained:F4} against {evaluation.Baseline} {served:F4} (lexical {lexical:F4}) on {heldOut.Count} demands decided from {evaluation.HeldOutFrom:yyyy-MM-dd}");
        bool wins = trained - served >= o.RetrainMinGain;
        return evaluation with
        {
            LexicalNdcg = lexical, BaselineNdcg = served, TrainedNdcg = trained,
            Reason = wins ? $"switched on: {figures}" : $"not better by Search:Rerank:RetrainMinGain ({o.RetrainMinGain.ToString(CultureInfo.InvariantCulture)}): {figures}",
        };
    }

    private async Task<RankerEvaluation> RecordAsync(RankerEvaluation evaluation, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        return await RankerEvaluations.AddAsync(db, evaluation, node.Value.ResolvedName, ct);
    }

    private RetrainResult Skip(string reason)
    {
        LogSkipped(logger, reason);
        return RetrainResult.Skipped(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scorer retrained on {Groups} demands ({Rows} rows) in {ElapsedSeconds:F1} s, now live: {Folder}; {Comparison}")]
    private static partial void LogTrained(ILogger logger, int groups, int rows, string folder, double elapsedSeconds, string comparison);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scorer retrain kept the served ranking: {Reason}")]
    private static partial void LogKept(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scorer retrain skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);
}
