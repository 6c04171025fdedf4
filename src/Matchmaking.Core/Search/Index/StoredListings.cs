using Lucene.Net.Index;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// Each live document's id and the text the rerank step reads for it (the stored whole text, else the
/// title). The n-gram statistics, the embedding warm-up after a retrain and the bench all read it here,
/// so a document's text, and therefore its cached vector's key, is the same everywhere.
/// </summary>
public static class StoredListings
{
    private static readonly HashSet<string> Fields = [FieldNames.Id, FieldNames.Title, FieldNames.All];

    public static IEnumerable<(Guid Id, string Text)> Read(IndexReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                var stored = reader.Document(doc, Fields);
                yield return (Guid.Parse(stored.Get(FieldNames.Id)), Text(stored));
            }
        }
    }

    /// <summary>The text of one stored document (loaded with at least the title and whole-text fields).</summary>
    public static string Text(Lucene.Net.Documents.Document stored) => stored.Get(FieldNames.All) ?? stored.Get(FieldNames.Title) ?? "";
}
