using System.Runtime.InteropServices;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Character 1- and 2-grams of letters and digits as 64-bit keys (no string per n-gram): a unigram is
/// the lowercased char, a bigram is two adjacent ones with bit 32 set. Chinese has no spaces, so
/// overlapping characters catch what a word segmenter splits differently in query and document.
/// </summary>
public static class CharNgrams
{
    private const long BigramFlag = 1L << 32;

    /// <summary>Appends the key of each n-gram occurrence in <paramref name="text"/> to <paramref name="into"/>.</summary>
    public static void Keys(ReadOnlySpan<char> text, List<long> into)
    {
        char previous = '\0';
        foreach (char raw in text)
        {
            if (!char.IsLetterOrDigit(raw))
            {
                previous = '\0';
                continue;
            }

            char c = Fold(raw);
            into.Add(c);
            if (previous != '\0')
            {
                into.Add(BigramFlag | ((long)previous << 16) | c);
            }

            previous = c;
        }
    }

    /// <summary>Counts of each n-gram in <paramref name="text"/>.</summary>
    public static Dictionary<long, int> Count(ReadOnlySpan<char> text)
    {
        var keys = new List<long>(text.Length * 2);
        Keys(text, keys);
        var counts = new Dictionary<long, int>(keys.Count);
        foreach (long key in keys)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
        }

        return counts;
    }

    /// <summary>
    /// The key in 32 bits: a unigram is below 65,536 and a bigram's first char is never '\0', so it is at or
    /// above; dropping the bigram flag loses nothing. Halves a cached document vector's keys.
    /// </summary>
    public static uint Compact(long key) => (uint)key;

    private static char Fold(char c)
    {
        // Full-width ASCII (Ａ１) to half-width, then lowercase, as the index analyzers do.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return char.ToLowerInvariant(c);
    }
}
