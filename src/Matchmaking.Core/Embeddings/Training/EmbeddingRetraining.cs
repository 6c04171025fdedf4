using System.Diagnostics;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Embeddings.Training;

/// <summary>
/// Retrains the project's own embedding model (<see cref="LsaTrainer"/>) on the listings in the database,
/// writes it into a new build beside the live one, switches it in atomically, reloads the provider and
/// re-embeds the live index's documents; then publishes the build so that every node loads it. A bert-kind model at the path is someone else's and is left alone.
/// </summary>
public sealed partial class EmbeddingRetraining(
    IServiceScopeFactory scopes,
    ModelDistribution distribution,
    IHostPaths paths,
    IOptions<EmbeddingOptions> options,
    TimeProvider clock,
    ILogger<EmbeddingRetraining> logger)
{
    public async Task<RetrainResult> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.ModelPath))
        {
            return Skip("Embeddings:ModelPath is empty, so there is no model folder to retrain into");
        }

        var location = new ModelLocation(paths.Resolve(o.ModelPath));
        var live = File.Exists(Path.Combine(location.Live(), EmbeddingModelDescriptor.FileName)) ? EmbeddingModelDescriptor.Load(location.Live()) : null;
        if (live is not null && live.Kind != EmbeddingModelDescriptor.HashedNgramsKind)
        {
            return Skip($"the live model is of kind '{live.Kind}', not the project's own '{EmbeddingModelDescriptor.HashedNgramsKind}'");
        }

        var watch = Stopwatch.StartNew();
        var texts = await ReadTextsAsync(ct);
        if (texts.Count < o.RetrainMinListings)
        {
            return Skip($"{texts.Count} listings, fewer than Embeddings:RetrainMinListings ({o.RetrainMinListings})");
        }

        int embedded = 0;
        string folder = location.Publish(clock.GetUtcNow(), build =>
        {
            var trained = LsaTrainer.Train(texts, build, "database", live?.Buckets ?? 16384, live?.Dimension ?? 64);
            using var check = OnnxEmbeddingGenerator.Load(build, o.BatchSize);
            float[] vector = check.Encode([texts[0]], query: false)[0];
            if (vector.Length != trained.Descriptor.Dimension || vector.Any(v => !float.IsFinite(v)))
            {
                throw new InvalidDataException($"The model in {build} does not encode to {trained.Descriptor.Dimension} finite values.");
            }
        }, () => embedded = distribution.Reload(ModelDistribution.Embeddings));
        await distribution.PublishAsync(ModelDistribution.Embeddings, folder, ct);
        LogTrained(logger, texts.Count, embedded, folder, watch.Elapsed.TotalSeconds);
        return new RetrainResult(true, $"trained on {texts.Count} listings, re-embedded {embedded}", folder, texts.Count, watch.Elapsed.TotalSeconds);
    }

    private async Task<List<string>> ReadTextsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var texts = new List<string>();
        await foreach (var listing in ListingSource.AllAsync(db, ct))
        {
            string text = $"{listing.Title}\n{string.Join(' ', listing.Keywords)}\n{listing.Body}".Trim();
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    private RetrainResult Skip(string reason)
    {
        LogSkipped(logger, reason);
        return RetrainResult.Skipped(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedding model retrained on {Listings} listings, {Embedded} documents re-embedded in {ElapsedSeconds:F1} s, now live: {Folder}")]
    private static partial void LogTrained(ILogger logger, int listings, int embedded, string folder, double elapsedSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedding retrain skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);
}
