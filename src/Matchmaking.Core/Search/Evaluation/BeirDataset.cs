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
            e.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("discipline", out var d) ? d.GetString() ?? "" : "")
        {
            InstitutionId = e.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("institutionId", out var inst)
                && Guid.TryParse(inst.GetString(), out Guid institution) ? institution : null,
        }).ToList();
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

    /// <summary>
    /// One side of a document split: the documents whose stable hash falls in <paramref name="fold"/> of
    /// <paramref name="folds"/> (or outside it, with <paramref name="complement"/>), and the queries whose
    /// judged documents all lie on that side. Train on one side and evaluate on the other: the model
    /// never saw the papers it is measured on. Ids shared across tasks fall on the same side.
    /// </summary>
    public BeirDataset Split(int folds, int fold, bool complement)
    {
        bool Keep(string id) => (StableHash(id) % (uint)folds == (uint)fold) != complement;
        var corpus = Corpus.Where(d => Keep(d.Id)).ToList();
        var queries = Queries.Where(q => Qrels[q.Id].Keys.All(Keep)).ToList();
        string side = complement ? $"train{fold}of{folds}" : $"fold{fold}of{folds}";
        return this with { Name = $"{Name}-{side}", Corpus = corpus, Queries = queries };
    }

    private static uint StableHash(string id)
    {
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
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
