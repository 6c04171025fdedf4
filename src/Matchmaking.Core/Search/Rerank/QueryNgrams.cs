namespace Matchmaking.Core.Search.Rerank;

/// <summary>The query's TF-IDF vector over character n-grams, ready to take the cosine with many documents.</summary>
internal sealed class QueryNgrams
{
    private readonly float[] weights;
    private readonly float[] idf;
    private readonly float norm;

    // The query's keys sorted, with the slot (first-occurrence order) each belongs to: matched against a
    // document's sorted keys by binary search, then summed in slot order so the sum is the same to the bit.
    private readonly uint[] sortedKeys;
    private readonly int[] sortedSlots;

    public QueryNgrams(string text, NgramStatistics stats)
    {
        var counts = CharNgrams.Count(text);
        weights = new float[counts.Count];
        idf = new float[counts.Count];
        sortedKeys = new uint[counts.Count];
        sortedSlots = new int[counts.Count];
        double sum = 0;
        int slot = 0;
        foreach (var (key, tf) in counts)
        {
            idf[slot] = stats.Idf(key);
            weights[slot] = (1f + MathF.Log(tf)) * idf[slot];
            sum += weights[slot] * weights[slot];
            sortedKeys[slot] = CharNgrams.Compact(key);
            sortedSlots[slot] = slot;
            slot++;
        }

        Array.Sort(sortedKeys, sortedSlots);
        norm = (float)Math.Sqrt(sum);
    }

    public float Cosine(NgramVector document)
    {
        if (norm == 0 || document.Norm == 0)
        {
            return 0;
        }

        Span<float> tf = weights.Length <= 1024 ? stackalloc float[weights.Length] : new float[weights.Length];
        tf.Clear();
        ReadOnlySpan<uint> keys = document.Keys;
        if (sortedKeys.Length * 8 < keys.Length)
        {
            // A short query against a long document: binary search each query key in what is left.
            int from = 0;
            for (int q = 0; q < sortedKeys.Length && from < keys.Length; q++)
            {
                int found = keys[from..].BinarySearch(sortedKeys[q]);
                if (found >= 0)
                {
                    tf[sortedSlots[q]] = document.SublinearTf[from + found];
                    from += found + 1;
                }
                else
                {
                    from += ~found;
                }
            }
        }
        else
        {
            // Comparable sizes (a whole demand against a listing, or anything against a title): one merge pass.
            for (int q = 0, d = 0; q < sortedKeys.Length && d < keys.Length;)
            {
                uint a = sortedKeys[q], b = keys[d];
                if (a == b)
                {
                    tf[sortedSlots[q++]] = document.SublinearTf[d++];
                }
                else if (a < b)
                {
                    q++;
                }
                else
                {
                    d++;
                }
            }
        }

        double dot = 0;
        for (int i = 0; i < tf.Length; i++)
        {
            if (tf[i] > 0)
            {
                dot += weights[i] * tf[i] * idf[i];
            }
        }

        return (float)(dot / (norm * document.Norm));
    }
}
