using Microsoft.ML.OnnxRuntime;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// Runs the project's own model: the graph takes bucket ids [N, L] (int64) and their sublinear counts
/// [N, L] (float, 0 = padding), applies the idf and projection it carries, and returns [N, D].
/// </summary>
internal sealed class HashedNgramEncoder : ITextEncoder
{
    public const string IdsInput = "ids";
    public const string CountsInput = "counts";
    public const string Output = "embedding";

    private readonly EmbeddingModelDescriptor descriptor;
    private readonly InferenceSession session;

    public HashedNgramEncoder(string folder, EmbeddingModelDescriptor descriptor, SessionOptions? sessionOptions)
    {
        this.descriptor = descriptor;
        string path = Path.Combine(folder, descriptor.Model);
        session = sessionOptions is null ? new InferenceSession(path) : new InferenceSession(path, sessionOptions);
    }

    public int Dimension => descriptor.Dimension;

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        int n = texts.Count;
        if (n == 0)
        {
            return [];
        }

        var bags = new (int[] Buckets, float[] Weights)[n];
        var scratch = new List<long>();
        int longest = 1;
        for (int i = 0; i < n; i++)
        {
            bags[i] = HashedNgrams.Bag(texts[i], descriptor.Buckets, scratch);
            longest = Math.Max(longest, bags[i].Buckets.Length);
        }

        var ids = new long[n * longest];
        var counts = new float[n * longest];
        for (int i = 0; i < n; i++)
        {
            var (buckets, weights) = bags[i];
            for (int j = 0; j < buckets.Length; j++)
            {
                ids[i * longest + j] = buckets[j];
            }

            weights.CopyTo(counts.AsSpan(i * longest));
        }

        long[] shape = [n, longest];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var countsValue = OrtValue.CreateTensorValueFromMemory(counts, shape);
        using var runOptions = new RunOptions();
        using var results = session.Run(runOptions, [IdsInput, CountsInput], [idsValue, countsValue], [Output]);
        var data = results[0].GetTensorDataAsSpan<float>();
        int dim = descriptor.Dimension;
        var vectors = new float[n][];
        for (int i = 0; i < n; i++)
        {
            vectors[i] = data.Slice(i * dim, dim).ToArray();

            // The graph normalises already; this again turns an empty text's NaN into a zero vector.
            VectorMath.Normalize(vectors[i]);
        }

        return vectors;
    }

    public void Dispose() => session.Dispose();
}
