using Lucene.Net.Index;
using Lucene.Net.Search;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using F = Matchmaking.Core.Search.Rerank.RerankFeatures;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Computes <see cref="RerankFeatures"/> for each (query, candidate): per-field BM25 from the postings,
/// TF-IDF cosine over character 1+2-grams, coverage, ordered word pairs, lengths and embedding cosine.
/// </summary>
public sealed class FeatureExtractor(ListingIndex index, DocumentEmbeddings embeddings)
{
    private const int MaxPairs = 48;
    private static readonly HashSet<string> StoredFields = [FieldNames.Id, FieldNames.Title, FieldNames.All];
    private static readonly (string Field, string Feature)[] Fields =
    [
        (FieldNames.Words(FieldNames.Title), F.TitleWords), (FieldNames.Bigrams(FieldNames.Title), F.TitleBigrams),
        (FieldNames.Words(FieldNames.Keywords), F.KeywordWords), (FieldNames.Bigrams(FieldNames.Keywords), F.KeywordBigrams),
        (FieldNames.Words(FieldNames.All), F.AllWords), (FieldNames.Bigrams(FieldNames.All), F.AllBigrams),
        (FieldNames.Codes, F.Codes),
    ];

    private readonly System.Threading.Lock gate = new();
    private NgramStatistics? statistics;

    public FeatureMatrix Extract(AnalyzedQuery query, IReadOnlyList<Candidate> candidates)
    {
        int n = candidates.Count;
        var rows = new float[n][];
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var stats = Statistics(searcher);
        var docs = new int[n];
        var titles = new string[n];
        var texts = new string[n];
        for (int i = 0; i < n; i++)
        {
            (docs[i], titles[i], texts[i]) = Load(searcher, candidates[i]);
            rows[i] = new float[F.All.Length];
        }

        AddFieldScores(searcher, query, docs, rows);
        var ngrams = new QueryNgrams(query.Request.Text, stats);
        var pairs = Pairs(query.WordSequence);
        float best = candidates.Count > 0 ? Math.Max(candidates.Max(c => c.LexicalScore), 1e-6f) : 1f;
        float queryLength = MathF.Log(1 + query.Request.Text.Length);
        float[]? cosines = embeddings.Cosines(index.Folder ?? "", query.Request.Text, candidates.Select((c, i) => (c.Id, texts[i])).ToList());
        for (int i = 0; i < n; i++)
        {
            var row = rows[i];
            var id = candidates[i].Id;
            row[F.IndexOf(F.Bm25)] = candidates[i].LexicalScore;
            row[F.IndexOf(F.Bm25Relative)] = candidates[i].LexicalScore / best;
            row[F.IndexOf(F.LexicalRank)] = MathF.Log2(2 + i);
            row[F.IndexOf(F.Tfidf)] = ngrams.Cosine(texts[i], stats.Norm(id, texts[i]));
            row[F.IndexOf(F.TitleTfidf)] = titles[i].Length == 0 ? 0 : ngrams.Cosine(titles[i], stats.Norm(id, titles[i]));
            row[F.IndexOf(F.OrderedPairs)] = pairs.Count == 0 ? 0 : (float)pairs.Count(p => texts[i].Contains(p, StringComparison.OrdinalIgnoreCase)) / pairs.Count;
            row[F.IndexOf(F.QueryLength)] = queryLength;
            row[F.IndexOf(F.DocumentLength)] = MathF.Log(1 + texts[i].Length);
            row[F.IndexOf(F.EmbeddingCosine)] = cosines?[i] ?? 0f;
        }

        return new FeatureMatrix(rows);
    }

    private static void AddFieldScores(IndexSearcher searcher, AnalyzedQuery query, int[] docs, float[][] rows)
    {
        int n = docs.Length;
        int[] order = Enumerable.Range(0, n).OrderBy(i => docs[i]).ToArray();
        foreach (var (field, feature) in Fields)
        {
            var scores = new float[n];
            var covered = new float[n];
            float total = FieldBm25.Score(searcher, field, query.In(field), docs, order, scores, covered);
            int column = F.IndexOf(feature);
            string? coverage = field == FieldNames.Words(FieldNames.All) ? F.WordCoverage : field == FieldNames.Bigrams(FieldNames.All) ? F.BigramCoverage : null;
            for (int i = 0; i < n; i++)
            {
                rows[i][column] = scores[i];
                if (coverage is not null)
                {
                    rows[i][F.IndexOf(coverage)] = total > 0 ? covered[i] / total : 0;
                }
            }
        }
    }

    /// <summary>Consecutive query words joined (锂电池+回收): found verbatim in a document, the phrase survived.</summary>
    private static List<string> Pairs(IReadOnlyList<string> words)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < words.Count && pairs.Count < MaxPairs; i++)
        {
            pairs.Add(words[i] + words[i + 1]);
        }

        return [.. pairs];
    }

    /// <summary>The candidate's doc id in this searcher and its stored text; re-resolved by id if a refresh moved it.</summary>
    private static (int Doc, string Title, string Text) Load(IndexSearcher searcher, Candidate candidate)
    {
        int doc = candidate.DocId;
        string id = candidate.Id.ToString("D");
        var stored = doc < searcher.IndexReader.MaxDoc ? searcher.Doc(doc, StoredFields) : null;
        if (stored?.Get(FieldNames.Id) != id)
        {
            var top = searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1).ScoreDocs;
            doc = top.Length > 0 ? top[0].Doc : -1;
            stored = doc >= 0 ? searcher.Doc(doc, StoredFields) : null;
        }

        string title = stored?.Get(FieldNames.Title) ?? "";
        return (doc, title, stored?.Get(FieldNames.All) ?? title);
    }

    /// <summary>n-gram document frequencies of the live index generation, computed once per generation (a rebuild switches folder).</summary>
    private NgramStatistics Statistics(IndexSearcher searcher)
    {
        string folder = index.Folder ?? "";
        var current = Volatile.Read(ref statistics);
        if (current?.Folder == folder)
        {
            return current;
        }

        lock (gate)
        {
            if (statistics?.Folder != folder)
            {
                Volatile.Write(ref statistics, NgramStatistics.Build(folder, StoredTexts(searcher.IndexReader)));
            }

            return statistics!;
        }
    }

    private static IEnumerable<string> StoredTexts(IndexReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                var stored = reader.Document(doc, StoredFields);
                yield return stored.Get(FieldNames.All) ?? stored.Get(FieldNames.Title) ?? "";
            }
        }
    }
}
