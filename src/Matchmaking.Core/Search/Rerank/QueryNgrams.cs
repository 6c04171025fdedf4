namespace Matchmaking.Core.Search.Rerank;

/// <summary>The query's TF-IDF vector over character n-grams, ready to take the cosine with many documents.</summary>
internal sealed class QueryNgrams
{
    private readonly Dictionary<long, int> slots = [];
    private readonly float[] weights;
    private readonly float[] idf;
    private readonly float norm;
    private readonly List<long> scratch = [];

    public QueryNgrams(string text, NgramStatistics stats)
    {
        var counts = CharNgrams.Count(text);
        weights = new float[counts.Count];
        idf = new float[counts.Count];
        double sum = 0;
        foreach (var (key, tf) in counts)
        {
            int slot = slots.Count;
            slots[key] = slot;
            idf[slot] = stats.Idf(key);
            weights[slot] = (1f + MathF.Log(tf)) * idf[slot];
            sum += weights[slot] * weights[slot];
        }

        norm = (float)Math.Sqrt(sum);
    }

    public float Cosine(string document, float documentNorm)
    {
        if (norm == 0 || documentNorm == 0)
        {
            return 0;
        }

        scratch.Clear();
        CharNgrams.Keys(document, scratch);
        Span<int> tf = weights.Length <= 1024 ? stackalloc int[weights.Length] : new int[weights.Length];
        tf.Clear();
        foreach (long key in scratch)
        {
            if (slots.TryGetValue(key, out int slot))
            {
                tf[slot]++;
            }
        }

        double dot = 0;
        for (int i = 0; i < tf.Length; i++)
        {
            if (tf[i] > 0)
            {
                dot += weights[i] * (1f + MathF.Log(tf[i])) * idf[i];
            }
        }

        return (float)(dot / (norm * documentNorm));
    }
}
