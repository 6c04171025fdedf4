using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Holds the learned scorer named by <see cref="RerankOptions.ScorerPath"/> (the build its CURRENT file
/// names, if any: <see cref="ModelLocation"/>), loaded on first use; <see cref="Reload"/> swaps in a
/// retrained one atomically (searches in flight keep the old one).
/// </summary>
public sealed partial class ScorerProvider(IHostPaths paths, IOptions<RerankOptions> options, ILogger<ScorerProvider> logger) : IDisposable
{
    private readonly System.Threading.Lock gate = new();
    private bool loaded;
    private OnnxScorer? current;

    /// <summary>The scorer, or null when none is configured or present (the reranker then fuses).</summary>
    public OnnxScorer? Current
    {
        get
        {
            if (!Volatile.Read(ref loaded))
            {
                Reload();
            }

            return Volatile.Read(ref current);
        }
    }

    public void Reload()
    {
        string path = options.Value.ScorerPath;
        string folder = string.IsNullOrWhiteSpace(path) ? "" : new ModelLocation(paths.Resolve(path)).Live();
        var next = folder.Length == 0 ? null : OnnxScorer.TryLoad(folder, options.Value.ScorerThreads);
        lock (gate)
        {
            // The old session is left to the GC rather than disposed: a search may still be scoring with it.
            Volatile.Write(ref current, next);
            Volatile.Write(ref loaded, true);
        }

        LogScorer(logger, next is null ? "(none: fusion)" : folder, next?.Descriptor.Features.Count ?? 0);
    }

    public void Dispose() => current?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Rerank scorer {Path} with {Features} features")]
    private static partial void LogScorer(ILogger logger, string path, int features);
}
