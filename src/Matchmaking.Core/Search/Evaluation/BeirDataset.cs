using System.Text.Json;

namespace Matchmaking.Core.Search.Evaluation;

/// <summary>A retrieval dataset in the BEIR layout: corpus.jsonl, queries.jsonl, qrels/test.tsv.</summary>
public sealed record BeirDataset(string Name, IReadOnlyList<BeirDocument> Corpus, IReadOnlyList<BeirQuery> Queries, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Qrels)
{
    public static BeirDataset Load(string directory)
    {
        string full = Path.GetFullPath(directory);
        var corpus = ReadLines(Path.Combine(full, "corpus.jsonl")).Select(e => new BeirDocument(
            e.GetProperty("_id").GetString()!,
            e.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "",
            e.TryGetProperty("text", out var x) ? x.GetString() ?? "" : "",
            e.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("discipline", out var d) ? d.GetString() ?? "" : "")).ToList();
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(full, "qrels", "test.tsv")).Skip(1))
        {
            string[] parts = line.Split('\t');
            if (parts.Length >= 3 && int.TryParse(parts[2], out int grade) && grade > 0)
            {
                if (!qrels.TryGetValue(parts[0], out var judged))
                {
                    qrels[parts[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                judged[parts[1]] = grade;
            }
        }

        // Only judged queries count, as in BEIR.
        var queries = ReadLines(Path.Combine(full, "queries.jsonl"))
            .Select(e => new BeirQuery(e.GetProperty("_id").GetString()!, e.GetProperty("text").GetString() ?? ""))
            .Where(q => qrels.ContainsKey(q.Id)).ToList();
        string name = Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar));
        return new BeirDataset(name, corpus, queries, qrels.ToDictionary(q => q.Key, q => (IReadOnlyDictionary<string, int>)q.Value, StringComparer.Ordinal));
    }

    private static IEnumerable<JsonElement> ReadLines(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length > 0)
            {
                yield return JsonDocument.Parse(line).RootElement.Clone();
            }
        }
    }
}

public sealed record BeirDocument(string Id, string Title, string Text, string Discipline);

public sealed record BeirQuery(string Id, string Text);
