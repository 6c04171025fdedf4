
namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// The user-editable domain synonym list (indexes/analysis/synonyms.txt): one group of equivalent terms a
/// line, comma-separated, '#' starts a comment. Applied at query time only, so an edit takes effect on the
/// next search without reindexing. The file is re-read when its timestamp changes.
/// </summary>
public sealed class SynonymList(string path)
{
    private readonly Lock gate = new();
    private DateTime loadedStamp = DateTime.MinValue;
    private IReadOnlyDictionary<string, string[]> groups = new Dictionary<string, string[]>();

    public string Path { get; } = path;

    /// <summary>
    /// The synonyms of every entry that occurs in <paramref name="text"/>. Entries are matched as
    /// substrings of the lowercased text, because a segmenter may split a multi-word entry (蓄电单元).
    /// </summary>
    public IReadOnlyList<string> Expand(string text)
    {
        string lower = text.ToLowerInvariant();
        var found = new List<string>();
        foreach (var (entry, others) in Current())
        {
            if (Occurs(lower, entry))
            {
                found.AddRange(others.Where(o => !Occurs(lower, o)));
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Substring match, but a Latin entry (ai, plc) must stand as a whole word: "ai" is not in "maintain".</summary>
    private static bool Occurs(string text, string entry)
    {
        for (int at = text.IndexOf(entry, StringComparison.Ordinal); at >= 0; at = text.IndexOf(entry, at + 1, StringComparison.Ordinal))
        {
            int end = at + entry.Length;
            bool latinStart = char.IsAsciiLetterOrDigit(entry[0]) && at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]);
            bool latinEnd = char.IsAsciiLetterOrDigit(entry[^1]) && end < text.Length && char.IsAsciiLetterOrDigit(text[end]);
            if (!latinStart && !latinEnd)
            {
                return true;
            }
        }

        return false;
    }

    public static IReadOnlyDictionary<string, string[]> Parse(IEnumerable<string> lines)
    {
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string raw in lines)
        {
            string line = raw.Split('#', 2)[0];
            var group = line.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.ToLowerInvariant()).Distinct().ToList();
            if (group.Count < 2)
            {
                continue;
            }

            foreach (string term in group)
            {
                if (!members.TryGetValue(term, out var set))
                {
                    members[term] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(group.Where(t => t != term));
            }
        }

        return members.ToDictionary(m => m.Key, m => m.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private IReadOnlyDictionary<string, string[]> Current()
    {
        DateTime stamp = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;
        if (stamp == loadedStamp)
        {
            return groups;
        }

        lock (gate)
        {
            if (stamp != loadedStamp)
            {
                groups = stamp == DateTime.MinValue ? new Dictionary<string, string[]>() : Parse(File.ReadLines(Path));
                loadedStamp = stamp;
            }

            return groups;
        }
    }
}
