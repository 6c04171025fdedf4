using System.IO.Compression;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Rerank;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Cluster;

/// <summary>
/// Gets a retrained model onto every node. The retrain is a cluster duty (one node trains); the node that
/// trained it stores the build in the database and broadcasts; every node then puts the same build beside
/// its own live model, switches to it atomically (<see cref="ModelLocation"/>) and reloads it — a node
/// duty. A node that was down when a model was published takes the latest build when it starts.
/// </summary>
public sealed partial class ModelDistribution(
    IServiceScopeFactory scopes,
    ClusterBroadcast broadcast,
    IHostPaths paths,
    IOptions<RerankOptions> rerank,
    IOptions<EmbeddingOptions> embedding,
    ScorerProvider scorers,
    EmbeddingProvider embedders,
    DocumentEmbeddings documentEmbeddings,
    ListingIndex index,
    IOptions<NodeOptions> node,
    TimeProvider clock,
    ILogger<ModelDistribution> logger)
{
    public const string Ranker = "ranker";
    public const string Embeddings = "embeddings";

    private readonly SemaphoreSlim single = new(1, 1);

    /// <summary>Stores the build this node has just switched to and asks every node to load it.</summary>
    public async Task PublishAsync(string model, string folder, CancellationToken ct)
    {
        using var archive = new MemoryStream();
        ZipFile.CreateFromDirectory(folder, archive, CompressionLevel.Fastest, includeBaseDirectory: false);
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            db.ModelBuilds.Add(new ModelBuild
            {
                Model = model, Folder = Path.GetFileName(folder), Archive = archive.ToArray(),
                CreatedAt = clock.GetUtcNow(), CreatedBy = node.Value.ResolvedName,
            });
            await db.SaveChangesAsync(ct);
        }

        await broadcast.SendAsync(NodeCommandKind.ReloadModel, model, node.Value.ResolvedName, ct);
    }

    /// <summary>
    /// Makes an earlier build of <paramref name="model"/> (its folder name; "" = no build, the configured
    /// folder's own model) the latest again: its archive is stored once more, this node switches to it and
    /// every node is asked to do the same. Returns false when no build of that name was ever published.
    /// </summary>
    public async Task<bool> RepublishAsync(string model, string folder, string actor, CancellationToken ct)
    {
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            byte[]? archive = folder.Length == 0 ? [] : await db.ModelBuilds.AsNoTracking()
                .Where(b => b.Model == model && b.Folder == folder).OrderByDescending(b => b.Id).Select(b => b.Archive).FirstOrDefaultAsync(ct);
            if (archive is null)
            {
                return false;
            }

            db.ModelBuilds.Add(new ModelBuild { Model = model, Folder = folder, Archive = archive, CreatedAt = clock.GetUtcNow(), CreatedBy = node.Value.ResolvedName });
            await db.SaveChangesAsync(ct);
        }

        await ApplyLatestAsync(model, ct);
        await broadcast.SendAsync(NodeCommandKind.ReloadModel, model, actor, ct);
        return true;
    }

    /// <summary>Brings every configured model to its latest published build (at start-up).</summary>
    public async Task ApplyAllAsync(CancellationToken ct)
    {
        await ApplyLatestAsync(Ranker, ct);
        await ApplyLatestAsync(Embeddings, ct);
    }

    /// <summary>Switches this node to the latest published build of <paramref name="model"/>; false when it already runs it or none was published.</summary>
    public async Task<bool> ApplyLatestAsync(string model, CancellationToken ct)
    {
        string root = model switch
        {
            Ranker => rerank.Value.ScorerPath,
            Embeddings => embedding.Value.ModelPath,
            _ => throw new ArgumentException($"Unknown model '{model}'.", nameof(model)),
        };
        if (string.IsNullOrWhiteSpace(root))
        {
            return false;
        }

        await single.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            var latest = await db.ModelBuilds.AsNoTracking().Where(b => b.Model == model).OrderByDescending(b => b.Id)
                .Select(b => new { b.Id, b.Folder }).FirstOrDefaultAsync(ct);
            var location = new ModelLocation(paths.Resolve(root));
            if (latest is null || string.Equals(Path.GetFileName(location.Live()), latest.Folder, StringComparison.Ordinal))
            {
                return false;
            }

            // A build without a folder switches the learned model off (a rollback past the first build).
            if (latest.Folder.Length == 0)
            {
                if (!location.SwitchOff())
                {
                    return false;
                }

                Reload(model);
                LogApplied(model, "(none)");
                return true;
            }

            string target = Path.Combine(location.Root, latest.Folder);
            if (!Directory.Exists(target))
            {
                byte[] archive = await db.ModelBuilds.AsNoTracking().Where(b => b.Id == latest.Id).Select(b => b.Archive).SingleAsync(ct);
                Extract(archive, target);
            }

            location.SwitchTo(target);
            Reload(model);
            location.DeleteStale();
            LogApplied(model, latest.Folder);
            return true;
        }
        finally
        {
            single.Release();
        }
    }

    /// <summary>Loads the live build of <paramref name="model"/>; a new embedding model also re-encodes the live index's documents.</summary>
    public int Reload(string model)
    {
        if (model == Ranker)
        {
            scorers.Reload();
            return 0;
        }

        embedders.Reload();
        if (!index.IsOpen)
        {
            return 0;
        }

        using var lease = index.Acquire();
        var documents = StoredListings.Read(lease.Searcher.IndexReader).ToList();
        return documentEmbeddings.Prime(index.Folder ?? "", documents);
    }

    /// <summary>Unpacks into a sibling folder first and renames: a crash leaves no half-written build under the build's name.</summary>
    private static void Extract(byte[] archive, string target)
    {
        string partial = target + ".part";
        ModelLocation.Discard(partial);
        using (var stream = new MemoryStream(archive))
        {
            ZipFile.ExtractToDirectory(stream, partial);
        }

        Directory.Move(partial, target);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Model}: switched to the published build {Folder}")]
    private partial void LogApplied(string model, string folder);
}
