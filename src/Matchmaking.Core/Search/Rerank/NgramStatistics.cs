namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Document frequencies of character n-grams over one index generation, and the generation's cache of
/// documents' n-gram vectors (<see cref="Documents"/>): both live and die with the index folder.
/// Single characters weigh <paramref name="unigramWeight"/> times their idf (<see cref="RerankOptions.UnigramWeight"/>).
/// </summary>
public sealed class NgramStatistics(string folder, int documents, Dictionary<long, int> documentFrequency, float unigramWeight = 1f)
{
    /// <summary>The index folder these statistics were computed from.</summary>
    public string Folder { get; } = folder;

    public int DocumentCount { get; } = documents;

    /// <summary>Each document's vectors, computed with these statistics on first sight.</summary>
    public DocumentNgramCache Documents { get; } = new();

    /// <summary>
    /// Smoothed idf: an n-gram unseen at build time (a listing added since) counts as rare. A single
    /// character's is multiplied by the unigram weight, on the query and the document side alike.
    /// </summary>
    public float Idf(long key) =>
        ((float)Math.Log((DocumentCount + 1.0) / ((documentFrequency.TryGetValue(key, out int df) ? df : 0) + 1.0)) + 1f)
        * (key < 0x10000 ? unigramWeight : 1f);

    /// <summary>Sublinear tf × idf weight of one n-gram.</summary>
    public float Weight(long key, int tf) => (1f + MathF.Log(tf)) * Idf(key);

    /// <summary>The text's n-gram vector; its norm sums the squared weights in first-occurrence order, as the query side does.</summary>
    public NgramVector Vector(string text)
    {
        var counts = CharNgrams.Count(text);
        if (counts.Count == 0)
        {
            return NgramVector.Empty;
        }

        var keys = new uint[counts.Count];
        var sublinear = new float[counts.Count];
        double sum = 0;
        int i = 0;
        foreach (var (key, tf) in counts)
        {
            float w = Weight(key, tf);
            sum += w * w;
            keys[i] = CharNgrams.Compact(key);
            sublinear[i] = 1f + MathF.Log(tf);
            i++;
        }

        Array.Sort(keys, sublinear);
        return new NgramVector(keys, sublinear, (float)Math.Sqrt(sum));
    }

    public static NgramStatistics Build(string folder, IEnumerable<string> texts, float unigramWeight = 1f)
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

        return new NgramStatistics(folder, n, df, unigramWeight);
    }
}
