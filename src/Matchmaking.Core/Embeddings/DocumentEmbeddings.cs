using System.Collections.Concurrent;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// Query–document cosines for the rerank step. Document vectors are encoded on first sight and cached by
/// listing id and a hash of its text (an edited listing gets a fresh vector) for one index generation
/// and one model: a rebuild or a model swap starts a new cache, so no stale vector outlives either.
/// </summary>
public sealed class DocumentEmbeddings(EmbeddingProvider provider)
{
    private Cache? cache;

    /// <summary>True when an embedding model is configured and loaded.</summary>
    public bool IsEnabled => provider.Current is not null;

    /// <summary>Cosine of <paramref name="query"/> with each document, or null when no model is configured.</summary>
    public float[]? Cosines(string generation, string query, IReadOnlyList<(Guid Id, string Text)> documents)
    {
        if (provider.Current is not { } generator)
        {
            return null;
        }

        var current = Encoded(generation, generator, documents);
        float[] q = generator.Encode([query], query: true)[0];
        var cosines = new float[documents.Count];
        for (int i = 0; i < documents.Count; i++)
        {
            cosines[i] = current.Vectors.TryGetValue(Key(documents[i]), out var v) ? VectorMath.Cosine(q, v) : 0f;
        }

        return cosines;
    }

    /// <summary>Encodes the documents not yet cached for this generation and model (after a model swap: all of them); returns how many.</summary>
    public int Prime(string generation, IReadOnlyList<(Guid Id, string Text)> documents)
    {
        if (provider.Current is not { } generator)
        {
            return 0;
        }

        int before = Volatile.Read(ref cache) is { } c && c.Generation == generation && ReferenceEquals(c.Generator, generator) ? c.Vectors.Count : 0;
        return Encoded(generation, generator, documents).Vectors.Count - before;
    }

    private static (Guid, int) Key((Guid Id, string Text) document) => (document.Id, string.GetHashCode(document.Text, StringComparison.Ordinal));

    private Cache Encoded(string generation, OnnxEmbeddingGenerator generator, IReadOnlyList<(Guid Id, string Text)> documents)
    {
        var current = Volatile.Read(ref cache);
        if (current is null || current.Generation != generation || !ReferenceEquals(current.Generator, generator))
        {
            current = new Cache(generation, generator);
            Volatile.Write(ref cache, current);
        }

        var keys = documents.Select(Key).ToArray();
        var missing = Enumerable.Range(0, documents.Count).Where(i => !current.Vectors.ContainsKey(keys[i])).ToList();
        if (missing.Count > 0)
        {
            float[][] encoded = generator.Encode(missing.Select(i => documents[i].Text).ToList(), query: false);
            for (int m = 0; m < missing.Count; m++)
            {
                current.Vectors[keys[missing[m]]] = encoded[m];
            }
        }

        return current;
    }

    private sealed record Cache(string Generation, OnnxEmbeddingGenerator Generator)
    {
        public ConcurrentDictionary<(Guid, int), float[]> Vectors { get; } = new();
    }
}
