namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Document frequencies of character n-grams over one index generation, and each document's TF-IDF
/// vector norm (keyed by listing id and a hash of its text, so an edited listing gets a fresh norm).
/// </summary>
public sealed class NgramStatistics(string folder, int documents, Dictionary<long, int> documentFrequency)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Guid, int), float> norms = new();

    /// <summary>The index folder these statistics were computed from.</summary>
    public string Folder { get; } = folder;

    public int Documents { get; } = documents;

    /// <summary>Smoothed idf: an n-gram unseen at build time (a listing added since) counts as rare.</summary>
    public float Idf(long key) =>
        (float)Math.Log((Documents + 1.0) / ((documentFrequency.TryGetValue(key, out int df) ? df : 0) + 1.0)) + 1f;

    /// <summary>Sublinear tf × idf weight of one n-gram.</summary>
    public float Weight(long key, int tf) => (1f + MathF.Log(tf)) * Idf(key);

    public float Norm(Guid id, string text)
    {
        int hash = string.GetHashCode(text, StringComparison.Ordinal);
        return norms.GetOrAdd((id, hash), _ =>
        {
            double sum = 0;
            foreach (var (key, tf) in CharNgrams.Count(text))
            {
                float w = Weight(key, tf);
                sum += w * w;
            }

            return (float)Math.Sqrt(sum);
        });
    }

    public static NgramStatistics Build(string folder, IEnumerable<string> texts)
    {
        var df = new Dictionary<long, int>();
        int n = 0;
        foreach (string text in texts)
        {
            n++;
            foreach (long key in CharNgrams.Count(text).Keys)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(df, key, out _)++;
            }
        }

        return new NgramStatistics(folder, n, df);
    }
}
