using System.Diagnostics;

namespace Matchmaking.Core.Embeddings.Training;

/// <summary>
/// Trains the project's own embedding model on its listings: hashed character 1+2-gram bags weighted by
/// idf, projected onto the top singular directions of the (row-normalised) tf-idf matrix — latent
/// semantic analysis — and exports it as model.onnx + embedding.json.
/// </summary>
public static class LsaTrainer
{
    public sealed record Result(EmbeddingModelDescriptor Descriptor, int Documents, double Seconds, long ModelBytes);

    public static Result Train(IReadOnlyList<string> texts, string outFolder, string trainedOn, int buckets = 16384, int dimension = 64, int seed = 17)
    {
        var watch = Stopwatch.StartNew();
        var (idf, projection) = Fit(texts, buckets, dimension, seed);
        var descriptor = new EmbeddingModelDescriptor
        {
            Name = Path.GetFileName(Path.TrimEndingDirectorySeparator(outFolder)),
            Kind = EmbeddingModelDescriptor.HashedNgramsKind,
            Tokenizer = "hashed-char-ngrams",
            Vocabulary = null,
            Pooling = "idf-weighted-sum",
            MaxLength = 0,
            Dimension = dimension,
            Normalize = true,
            Buckets = buckets,
            TrainedOn = $"{trainedOn}: {texts.Count} listings, LSA (randomized SVD) of hashed char 1+2-gram tf-idf",
        };
        Directory.CreateDirectory(outFolder);
        byte[] model = HashedNgramGraph.Build(idf, projection, dimension, "matchmaking train-embeddings");

        // Written beside, then moved over: a service reloading the folder never sees half a file.
        string target = Path.Combine(outFolder, descriptor.Model);
        File.WriteAllBytes(target + ".tmp", model);
        File.Move(target + ".tmp", target, overwrite: true);
        descriptor.Save(outFolder);
        return new Result(descriptor, texts.Count, watch.Elapsed.TotalSeconds, model.Length);
    }

    /// <summary>idf per bucket and the [buckets, dimension] projection (row-major).</summary>
    internal static (float[] Idf, float[] Projection) Fit(IReadOnlyList<string> texts, int buckets, int dimension, int seed)
    {
        var bags = new (int[] Buckets, float[] Weights)[texts.Count];
        var scratch = new List<long>();
        var df = new int[buckets];
        for (int d = 0; d < texts.Count; d++)
        {
            bags[d] = HashedNgrams.Bag(texts[d], buckets, scratch);
            foreach (int b in bags[d].Buckets)
            {
                df[b]++;
            }
        }

        // The same smoothed idf as the TF-IDF rerank feature; a bucket never seen counts as rare.
        var idf = new float[buckets];
        for (int b = 0; b < buckets; b++)
        {
            idf[b] = (float)Math.Log((texts.Count + 1.0) / (df[b] + 1.0)) + 1f;
        }

        var rows = new List<SparseRow>(texts.Count);
        foreach (var (ids, weights) in bags)
        {
            var values = new float[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                values[i] = weights[i] * idf[ids[i]];
            }

            VectorMath.Normalize(values);
            rows.Add(new SparseRow(ids, values));
        }

        return (idf, RandomizedSvd.Right(rows, buckets, dimension, seed: seed).Vectors);
    }
}
