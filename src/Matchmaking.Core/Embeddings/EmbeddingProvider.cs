using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// Holds the generator for <see cref="EmbeddingOptions.ModelPath"/> (the build its CURRENT file names, if
/// any: <see cref="ModelLocation"/>), loaded on first use; <see cref="Reload"/>
/// swaps in a retrained model atomically (encodings in flight finish on the old one).
/// </summary>
public sealed partial class EmbeddingProvider(IHostPaths paths, IOptions<EmbeddingOptions> options, ILogger<EmbeddingProvider> logger) : IDisposable
{
    private readonly System.Threading.Lock gate = new();
    private bool loaded;
    private OnnxEmbeddingGenerator? current;

    /// <summary>The generator, or null when none is configured or its folder is missing.</summary>
    public OnnxEmbeddingGenerator? Current
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
        string path = options.Value.ModelPath;
        string folder = string.IsNullOrWhiteSpace(path) ? "" : new ModelLocation(paths.Resolve(path)).Live();
        var next = folder.Length > 0 && File.Exists(Path.Combine(folder, EmbeddingModelDescriptor.FileName))
            ? OnnxEmbeddingGenerator.Load(folder, options.Value.BatchSize)
            : null;
        lock (gate)
        {
            // The old session is left to the GC, not disposed: a search may still be encoding with it.
            Volatile.Write(ref current, next);
            Volatile.Write(ref loaded, true);
        }

        LogModel(logger, next is null ? "(none)" : folder, next?.Descriptor.Dimension ?? 0);
    }

    public void Dispose() => current?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedding model {Path} with {Dimension} dimensions")]
    private static partial void LogModel(ILogger logger, string path, int dimension);
}
