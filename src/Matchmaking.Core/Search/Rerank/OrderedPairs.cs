namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Consecutive query words joined (锂电池+回收): found verbatim in a document, the phrase survived. Most
/// pairs are Chinese, and Chinese ideographs have no case, so a pair can only occur in a document that
/// holds each of its adjacent ideograph pairs as a character bigram: the document's sorted n-gram keys
/// rule most pairs out by binary search, and only the rest are looked for in the text.
/// </summary>
internal sealed class OrderedPairs
{
    private readonly string[] pairs;
    private readonly uint[][] required;

    public OrderedPairs(IReadOnlyList<string> words, int max)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < words.Count && distinct.Count < max; i++)
        {
            distinct.Add(words[i] + words[i + 1]);
        }

        pairs = [.. distinct];
        required = pairs.Select(IdeographBigrams).ToArray();
    }

    public int Count => pairs.Length;

    /// <summary>The share of pairs found in <paramref name="document"/> (case-insensitive, as before the filter).</summary>
    public float Share(DocumentNgrams document)
    {
        if (pairs.Length == 0)
        {
            return 0;
        }

        int found = 0;
        for (int p = 0; p < pairs.Length; p++)
        {
            if (MayOccur(required[p], document.All.Keys) && document.Text.Contains(pairs[p], StringComparison.OrdinalIgnoreCase))
            {
                found++;
            }
        }

        return (float)found / pairs.Length;
    }

    private static bool MayOccur(uint[] bigrams, uint[] keys)
    {
        foreach (uint key in bigrams)
        {
            if (Array.BinarySearch(keys, key) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Compact bigram keys of adjacent CJK ideographs, which case-insensitive matching compares exactly.</summary>
    private static uint[] IdeographBigrams(string pair)
    {
        var keys = new List<uint>();
        for (int i = 0; i + 1 < pair.Length; i++)
        {
            if (IsIdeograph(pair[i]) && IsIdeograph(pair[i + 1]))
            {
                keys.Add(((uint)pair[i] << 16) | pair[i + 1]);
            }
        }

        return [.. keys];
    }

    private static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
