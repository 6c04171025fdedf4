using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// An <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over a model folder (model.onnx, tokenizer
/// files, embedding.json) run by ONNX Runtime in process: no service, no key, no network.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly ITextEncoder encoder;
    private readonly int batchSize;
    private readonly EmbeddingGeneratorMetadata metadata;

    private OnnxEmbeddingGenerator(string folder, EmbeddingModelDescriptor descriptor, ITextEncoder encoder, int batchSize)
    {
        Folder = folder;
        Descriptor = descriptor;
        this.encoder = encoder;
        this.batchSize = batchSize;
        metadata = new EmbeddingGeneratorMetadata("onnxruntime", new Uri(Path.GetFullPath(folder) + Path.DirectorySeparatorChar), descriptor.Name, descriptor.Dimension);
    }

    public string Folder { get; }

    public EmbeddingModelDescriptor Descriptor { get; }

    /// <summary>Loads the model in <paramref name="folder"/>; throws when its descriptor or files are missing.</summary>
    public static OnnxEmbeddingGenerator Load(string folder, int batchSize = 32, SessionOptions? sessionOptions = null)
    {
        var descriptor = EmbeddingModelDescriptor.Load(folder);
        ITextEncoder encoder = descriptor.Kind switch
        {
            EmbeddingModelDescriptor.BertKind => new BertOnnxEncoder(folder, descriptor, sessionOptions),
            EmbeddingModelDescriptor.HashedNgramsKind => new HashedNgramEncoder(folder, descriptor, sessionOptions),
            _ => throw new InvalidDataException($"{folder}: unknown embedding model kind '{descriptor.Kind}'"),
        };
        return new OnnxEmbeddingGenerator(folder, descriptor, encoder, Math.Max(1, batchSize));
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        string prefix = EmbeddingInput.IsQuery(options) ? Descriptor.QueryPrefix : Descriptor.DocumentPrefix;
        var texts = values.Select(v => prefix + v).ToList();
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        for (int start = 0; start < texts.Count; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = texts.GetRange(start, Math.Min(batchSize, texts.Count - start));
            foreach (float[] vector in encoder.Encode(batch))
            {
                result.Add(new Embedding<float>(vector) { ModelId = Descriptor.Name, CreatedAt = now });
            }
        }

        return Task.FromResult(result);
    }

    /// <summary>Synchronous batch encoding for hot paths (rerank, indexing) that already run on a worker thread.</summary>
    public float[][] Encode(IReadOnlyList<string> texts, bool query)
    {
        string prefix = query ? Descriptor.QueryPrefix : Descriptor.DocumentPrefix;
        var vectors = new List<float[]>(texts.Count);
        for (int start = 0; start < texts.Count; start += batchSize)
        {
            var batch = new List<string>(Math.Min(batchSize, texts.Count - start));
            for (int i = start; i < Math.Min(start + batchSize, texts.Count); i++)
            {
                batch.Add(prefix + texts[i]);
            }

            vectors.AddRange(encoder.Encode(batch));
        }

        return [.. vectors];
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => encoder.Dispose();
}
