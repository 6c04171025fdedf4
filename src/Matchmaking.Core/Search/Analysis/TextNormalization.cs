using System.Reflection;
using ICU4N.Text;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Icu;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Normalisation every text field shares before tokenizing: Unicode NFKC with case folding (full-width
/// ＳｉＣ０．０２ｍｍ → sic0.02mm, ㎜ → mm) and traditional → simplified Chinese (鋰電池 → 锂电池).
/// </summary>
public static class TextNormalization
{
    private static readonly Normalizer2 NfkcCaseFold = Normalizer2.GetInstance(null, "nfkc_cf", Normalizer2Mode.Compose);

    // ICU's Traditional-Simplified transliterator runs at ~0.2 M chars/s, far too slow for indexing, so
    // its single-character mappings were tabulated once (a test keeps the table equal to ICU's) and are
    // applied by Lucene's MappingCharFilter, which keeps offsets right for highlighting.
    private static readonly Lazy<NormalizeCharMap> TraditionalToSimplified = new(LoadMap);

    public static TextReader Wrap(TextReader reader) =>
        new MappingCharFilter(TraditionalToSimplified.Value, new ICUNormalizer2CharFilter(reader, NfkcCaseFold));

    /// <summary>The tabulated pairs (traditional, simplified), for tests and tools.</summary>
    public static IEnumerable<(char Traditional, char Simplified)> Pairs()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("traditional-simplified.txt")
            ?? throw new InvalidOperationException("The traditional-simplified table is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2 && line[0] != '#')
            {
                yield return (line[0], line[1]);
            }
        }
    }

    private static NormalizeCharMap LoadMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (traditional, simplified) in Pairs())
        {
            builder.Add(traditional.ToString(), simplified.ToString());
        }

        return builder.Build();
    }
}
