using System.Text.Json;
using Matchmaking.Core.Seed;

namespace Matchmaking.Core.Tests.Seed;

public sealed class BeirDatasetTests
{
    [Theory]
    [InlineData("achievements", SeedWriter.Achievements)]
    [InlineData("experts", SeedWriter.Experts)]
    public async Task WriteAsync_EvalFolder_IsAConsistentBeirDataset(string dataset, string listingFile)
    {
        using var temp = new TempDirectory();
        await SeedWriter.WriteAsync(temp.Path, SeedSize.ForListings(1_200), 9, null, CancellationToken.None);
        string folder = Path.Combine(temp.Path, "eval", dataset);

        var corpus = ReadIds(Path.Combine(folder, "corpus.jsonl"), requireTitleAndText: true);
        var queries = ReadIds(Path.Combine(folder, "queries.jsonl"), requireTitleAndText: false);
        string[] qrels = File.ReadAllLines(Path.Combine(folder, "qrels", "test.tsv"));

        Assert.Equal("query-id\tcorpus-id\tscore", qrels[0]);
        Assert.True(qrels.Length > 1);
        Assert.Equal(File.ReadLines(Path.Combine(temp.Path, listingFile)).Count(), corpus.Count);
        var judged = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in qrels.Skip(1))
        {
            string[] cells = line.Split('\t');
            Assert.Equal(3, cells.Length);
            Assert.Contains(cells[0], queries);
            Assert.Contains(cells[1], corpus);
            Assert.Contains(cells[2], new[] { "1", "2" });
            judged.Add(cells[0]);
        }

        // Every query has at least one relevant document, as BEIR evaluators expect.
        Assert.Equal(queries.Count, judged.Count);
    }

    private static HashSet<string> ReadIds(string path, bool requireTitleAndText)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            string id = doc.RootElement.GetProperty("_id").GetString()!;
            Assert.True(Guid.TryParseExact(id, "D", out _), id);
            Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("text").GetString()));
            if (requireTitleAndText)
            {
                Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("title").GetString()));
                Assert.Equal(JsonValueKind.Object, doc.RootElement.GetProperty("metadata").ValueKind);
            }

            Assert.True(ids.Add(id), $"duplicate _id {id} in {path}");
        }

        return ids;
    }
}
