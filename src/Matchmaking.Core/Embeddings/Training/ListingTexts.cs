using System.Text;
using System.Text.Json;

namespace Matchmaking.Core.Embeddings.Training;

/// <summary>
/// The texts of a corpus folder's listings: every *.jsonl at its top level (seed-data: achievements,
/// demands, experts, enterprises), or a BEIR corpus.jsonl. Only listing text — never queries or
/// labels, which live in subfolders or in queries.jsonl/qrels and are skipped.
/// </summary>
public static class ListingTexts
{
    private static readonly string[] TextFields = ["title", "name", "abstract", "description", "bio", "text", "keywords", "researchFields"];

    public static IReadOnlyList<string> Read(string folder)
    {
        var texts = new List<string>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).StartsWith("queries", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (string line in File.ReadLines(file))
            {
                if (!string.IsNullOrWhiteSpace(line) && Text(line) is { Length: > 0 } text)
                {
                    texts.Add(text);
                }
            }
        }

        return texts;
    }

    private static string Text(string line)
    {
        using var document = JsonDocument.Parse(line);
        var text = new StringBuilder();
        foreach (string field in TextFields)
        {
            if (!document.RootElement.TryGetProperty(field, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                text.Append(value.GetString()).Append('\n');
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                text.AppendJoin(' ', value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())).Append('\n');
            }
        }

        return text.ToString().Trim();
    }
}
