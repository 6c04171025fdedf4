namespace Matchmaking.Core.Seed;

/// <summary>
/// How many character bigrams two texts share (Jaccard over the sets of bigrams of letters and
/// digits). The measure behind "paraphrased": a pair below <see cref="ParaphraseThreshold"/> cannot
/// be matched by copying words alone.
/// </summary>
public static class TextOverlap
{
    /// <summary>Pairs under this bigram Jaccard count as paraphrased.</summary>
    public const double ParaphraseThreshold = 0.12;

    public static double BigramJaccard(string a, string b)
    {
        HashSet<string> x = Bigrams(a);
        HashSet<string> y = Bigrams(b);
        if (x.Count == 0 && y.Count == 0)
        {
            return 0;
        }

        int shared = x.Count(y.Contains);
        return (double)shared / (x.Count + y.Count - shared);
    }

    private static HashSet<string> Bigrams(string text)
    {
        // Punctuation and spaces carry no content; bigrams across them would only add noise.
        char[] kept = [.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)];
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < kept.Length; i++)
        {
            set.Add(new string(kept, i, 2));
        }

        return set;
    }
}
