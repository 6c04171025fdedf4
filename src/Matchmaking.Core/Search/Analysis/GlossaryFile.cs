namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// A term table read from a file: "english = 中文, 中文" lines (the curated glossary, re-read when the
/// file's timestamp changes) or "english&lt;TAB&gt;中文|中文" (the exported CC-CEDICT, read once). A missing
/// file is an empty table, so search works without it.
/// </summary>
internal sealed class GlossaryFile(string path)
{
    private readonly Lock gate = new();
    private DateTime loadedStamp = DateTime.MinValue;
    private IReadOnlyDictionary<string, string[]> terms = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string[]> Current()
    {
        DateTime stamp = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        if (stamp == loadedStamp)
        {
            return terms;
        }

        lock (gate)
        {
            if (stamp != loadedStamp)
            {
                terms = Read(path, '=', ',');
                loadedStamp = stamp;
            }

            return terms;
        }
    }

    public static IReadOnlyDictionary<string, string[]> Read(string path, char keySeparator, char valueSeparator)
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return table;
        }

        foreach (string raw in File.ReadLines(path))
        {
            string line = keySeparator == '\t' ? raw : raw.Split('#', 2)[0];
            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split(keySeparator, 2);
            if (parts.Length < 2)
            {
                continue;
            }

            string key = parts[0].Trim().ToLowerInvariant();
            string[] values = parts[1].Split([valueSeparator, '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (key.Length > 0 && values.Length > 0)
            {
                table[key] = table.TryGetValue(key, out var known) ? [.. known.Union(values)] : values;
            }
        }

        return table;
    }
}
