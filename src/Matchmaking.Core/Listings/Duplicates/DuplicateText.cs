using System.Collections.Frozen;
using System.Text;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// What the detector compares: title, keywords and body, normalised like the index (NFKC, case folding,
/// traditional → simplified) with punctuation and spaces dropped, so a re-post that differs only in
/// full-width characters, spacing or punctuation is an exact duplicate; and the patent number as a code.
/// </summary>
public static class DuplicateText
{
    private static readonly Lazy<FrozenDictionary<char, char>> Simplified = new(() =>
        TextNormalization.Pairs().DistinctBy(p => p.Traditional).ToFrozenDictionary(p => p.Traditional, p => p.Simplified));

    /// <summary>
    /// Only these kinds are compared by text: enterprises are told apart by their credit code, which is unique
    /// already, and experts by who they are (<see cref="ExpertIdentities"/>): bios follow one pattern, so two
    /// different experts of one field read alike (seed bios: shingle Jaccard up to 0.66 between different people).
    /// </summary>
    public static bool Covers(ListingKind kind) => kind is ListingKind.Achievement or ListingKind.Demand;

    public static string Of(ListingDocument doc) => Normalize($"{doc.Title}\n{string.Join("\n", doc.Keywords)}\n{doc.Body}");

    public static string Normalize(string text)
    {
        // string.Normalize and a table, not the index's Lucene char filters: those cost ~1 ms a listing here.
        string folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                char lower = char.ToLowerInvariant(c);
                kept.Append(Simplified.Value.TryGetValue(lower, out char simple) ? simple : lower);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// ZL202110866496.0, zl 202110866496.0 and 202110866496 are one patent: the ZL prefix and the check
    /// digit after the dot are dropped. Other registration numbers keep their letters and digits.
    /// </summary>
    public static string? PatentKey(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        string upper = number.Trim().ToUpperInvariant();
        int dot = upper.LastIndexOf('.');
        if (dot > 0 && dot >= upper.Length - 2)
        {
            upper = upper[..dot];
        }

        var key = new StringBuilder(upper.Length);
        foreach (char c in upper.StartsWith("ZL", StringComparison.Ordinal) ? upper[2..] : upper)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.Length >= 6 ? key.ToString() : null;
    }
}
