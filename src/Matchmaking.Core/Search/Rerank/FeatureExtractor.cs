using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.Options;
using F = Matchmaking.Core.Search.Rerank.RerankFeatures;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Computes <see cref="RerankFeatures"/> for each (query, candidate): per-field BM25 from the postings,
/// TF-IDF cosine over character 1+2-grams, coverage, ordered word pairs, lengths, embedding cosine,
/// and the listing features (constraint fits, broker feedback).
/// A document's text and n-gram vectors are read from stored fields once per index generation and then
/// served from <see cref="DocumentNgramCache"/>, so a warm query neither decompresses nor re-tokenises.
/// </summary>
public sealed class FeatureExtractor(ListingIndex index, DocumentEmbeddings embeddings, BrokerFeedback feedback, IOptions<RerankOptions> options)
{
    private const int MaxPairs = 48;
    private static readonly HashSet<string> StoredFields = [FieldNames.Title, FieldNames.All];
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
        var texts = new DocumentNgrams[n];
        long budget = (long)options.Value.NgramCacheMegabytes * 1024 * 1024;
        var scratch = new BytesRef();
        for (int i = 0; i < n; i++)
        {
            docs[i] = Resolve(searcher, candidates[i], scratch);
            texts[i] = Document(searcher, stats, docs[i], budget);
            rows[i] = new float[F.All.Length];
        }

        AddFieldScores(searcher, query, docs, rows);
        ListingFeatures.AddConstraintFits(query.Request, candidates, rows, options.Value.DeadlineLeadDays);
        ListingFeatures.AddFeedback(feedback, query.Request, candidates, rows);
        var ngrams = new QueryNgrams(query.Request.Text, stats);
        var pairs = new OrderedPairs(query.WordSequence, MaxPairs);
        float best = candidates.Count > 0 ? Math.Max(candidates.Max(c => c.LexicalScore), 1e-6f) : 1f;
        float queryLength = MathF.Log(1 + query.Request.Text.Length);
        float[]? cosines = embeddings.IsEnabled
            ? embeddings.Cosines(index.Folder ?? "", query.Request.Text, candidates.Select((c, i) => (c.Id, texts[i].Text)).ToList())
            : null;
        for (int i = 0; i < n; i++)
        {
            var row = rows[i];
            row[F.IndexOf(F.Bm25)] = candidates[i].LexicalScore;
            row[F.IndexOf(F.Bm25Relative)] = candidates[i].LexicalScore / best;
            row[F.IndexOf(F.LexicalRank)] = MathF.Log2(2 + i);
            string text = texts[i].Text;
            row[F.IndexOf(F.Tfidf)] = ngrams.Cosine(texts[i].All);
            row[F.IndexOf(F.TitleTfidf)] = ngrams.Cosine(texts[i].Title);
            row[F.IndexOf(F.OrderedPairs)] = pairs.Share(texts[i]);
            row[F.IndexOf(F.QueryLength)] = queryLength;
            row[F.IndexOf(F.DocumentLength)] = MathF.Log(1 + text.Length);
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

    /// <summary>
    /// The candidate's doc number in this searcher, checked against the id doc values (no stored-field
    /// load) and re-resolved by id if a refresh moved it; -1 when the listing is gone.
    /// </summary>
    private static int Resolve(IndexSearcher searcher, Candidate candidate, BytesRef scratch)
    {
        Span<byte> id = stackalloc byte[36];
        candidate.Id.TryFormat(id, out _, "D");
        var reader = searcher.IndexReader;
        int doc = candidate.DocId;
        if (doc < reader.MaxDoc)
        {
            var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
            var ids = leaf.AtomicReader.GetSortedDocValues(FieldNames.Id);
            if (ids is not null)
            {
                ids.Get(doc - leaf.DocBase, scratch);
                if (scratch.Bytes.AsSpan(scratch.Offset, scratch.Length).SequenceEqual(id))
                {
                    return doc;
                }
            }
        }

        var top = searcher.Search(new TermQuery(new Term(FieldNames.Id, candidate.Id.ToString("D"))), 1).ScoreDocs;
        return top.Length > 0 ? top[0].Doc : -1;
    }

    /// <summary>The document's text and n-gram vectors: cached per segment, read from stored fields on a miss.</summary>
    private static DocumentNgrams Document(IndexSearcher searcher, NgramStatistics stats, int doc, long budget)
    {
        if (doc < 0)
        {
            return new DocumentNgrams("", NgramVector.Empty, NgramVector.Empty);
        }

        var leaf = searcher.IndexReader.Leaves[ReaderUtil.SubIndex(doc, searcher.IndexReader.Leaves)];
        int local = doc - leaf.DocBase;
        return stats.Documents.GetOrAdd(leaf.AtomicReader, local, budget, () =>
        {
            var stored = leaf.AtomicReader.Document(local, StoredFields);
            string title = stored.Get(FieldNames.Title) ?? "";
            string text = StoredListings.Text(stored);
            return new DocumentNgrams(text, stats.Vector(text), title.Length == 0 ? NgramVector.Empty : stats.Vector(title));
        });
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
                Volatile.Write(ref statistics, NgramStatistics.Build(folder, StoredListings.Read(searcher.IndexReader).Select(d => d.Text), (float)options.Value.UnigramWeight));
            }

            return statistics!;
        }
    }
}
