namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// English technical terms → Chinese, at query time, for English-only queries (the listings are written
/// in Chinese): "lithium battery defect detection" also searches 锂电池 缺陷检测. Two sources: the project's
/// curated terms (indexes/analysis/glossary.txt, re-read when it changes), then CC-CEDICT when it is
/// installed (tools/glossary exports it; absent = curated only). Phrases are matched longest first, a
/// plural by its singular. A dictionary sense has many words (battery: 电池, 炮台, 殴打); only the ones
/// the index uses most are kept. Text with any CJK character is left alone: its author wrote Chinese.
/// </summary>
public sealed class EnglishGlossary(string curatedPath, string cedictPath, int dictionaryWords = 2)
{
    private const int LongestPhrase = 5;
    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal) { "a", "an", "the", "of", "for", "and", "in", "on", "with", "to", "by", "based", "using", "via" };
    private readonly Lazy<IReadOnlyDictionary<string, string[]>> cedict = new(() => GlossaryFile.Read(cedictPath, '\t', '|'));
    private readonly GlossaryFile curated = new(curatedPath);

    public string CuratedPath => curatedPath;

    /// <summary>True when CC-CEDICT's table is installed beside the curated terms.</summary>
    public bool HasDictionary => cedict.Value.Count > 0;

    /// <summary>
    /// The Chinese terms for <paramref name="text"/>, or none when it is not English-only.
    /// <paramref name="documentFrequency"/> ranks a dictionary sense's words by how many listings use them.
    /// </summary>
    public IReadOnlyList<string> Translate(string text, Func<string, int> documentFrequency)
    {
        var (curatedTerms, dictionaryTerms) = TranslateBySource(text, documentFrequency);
        return curatedTerms.Concat(dictionaryTerms).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>As <see cref="Translate"/>, the curated terms apart from the dictionary's (which the query weighs as synonyms: a general dictionary is a looser guide).</summary>
    public (IReadOnlyList<string> Curated, IReadOnlyList<string> Dictionary) TranslateBySource(string text, Func<string, int> documentFrequency)
    {
        if (!text.Any(char.IsAsciiLetter) || text.Any(IsCjk))
        {
            return ([], []);
        }

        var words = Words(text);
        var found = new List<string>();
        var loose = new List<string>();
        var terms = curated.Current();
        for (int i = 0; i < words.Count;)
        {
            int used = 0;
            for (int n = Math.Min(LongestPhrase, words.Count - i); n >= 1 && used == 0; n--)
            {
                if (n == 1 && Skip.Contains(words[i]))
                {
                    break;
                }

                foreach (string phrase in Forms(words, i, n))
                {
                    if (terms.TryGetValue(phrase, out var chinese))
                    {
                        found.AddRange(chinese);
                    }
                    else if (cedict.Value.TryGetValue(phrase, out var senses))
                    {
                        loose.AddRange(senses.Select(w => (Word: w, Df: documentFrequency(w))).Where(w => w.Df > 0)
                            .OrderByDescending(w => w.Df).Take(dictionaryWords).Select(w => w.Word));
                    }
                    else
                    {
                        continue;
                    }

                    used = n;
                    break;
                }
            }

            i += Math.Max(1, used);
        }

        return (found.Distinct(StringComparer.Ordinal).ToList(), loose.Distinct(StringComparer.Ordinal).Except(found).ToList());
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (char c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '\'')
            {
                current.Append(c);
                continue;
            }

            string word = current.ToString().Trim('-', '\'');
            if (word.Length > 0)
            {
                words.Add(word);
            }

            current.Clear();
        }

        return words;
    }

    /// <summary>The phrase of <paramref name="n"/> words at <paramref name="at"/> as written, then with its last word singular.</summary>
    private static IEnumerable<string> Forms(List<string> words, int at, int n)
    {
        string head = string.Join(' ', words.Skip(at).Take(n - 1));
        string last = words[at + n - 1];
        foreach (string form in new[] { last }.Concat(Singulars(last)).Distinct())
        {
            yield return head.Length == 0 ? form : $"{head} {form}";
        }
    }

    private static IEnumerable<string> Singulars(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        if (word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return word[..^1];
        }
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
