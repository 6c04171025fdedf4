using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// BM25 of one field for a handful of candidate documents, read straight from the postings (advance to
/// each candidate) and the norms, so the scorer sees each field's evidence apart instead of the one
/// blended retrieval score.
/// </summary>
internal static class FieldBm25
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;
    private static readonly DefaultSimilarity Norms = new();

    /// <summary>Adds each candidate's BM25 to <paramref name="scores"/> and its matched idf mass to <paramref name="covered"/>; returns the query's idf mass.</summary>
    public static float Score(IndexSearcher searcher, string field, IEnumerable<QueryTerm> terms, int[] docs, int[] order, float[] scores, float[] covered)
    {
        var reader = searcher.IndexReader;
        var stats = searcher.CollectionStatistics(field);
        if (stats is null || stats.DocCount <= 0)
        {
            return 0;
        }

        float avgLength = stats.SumTotalTermFreq > 0 ? (float)stats.SumTotalTermFreq / stats.DocCount : 1f;
        int n = reader.MaxDoc;
        var leaves = reader.Leaves;

        // One term-dictionary seek per leaf serves both the document frequency and the postings
        // (IndexReader.DocFreq and GetTermDocsEnum would each seek again). Postings are read only in
        // leaves holding a candidate, into one reused enum per leaf: a long query has hundreds of terms.
        var enums = new TermsEnum?[leaves.Count];
        var holds = new bool[leaves.Count];
        for (int l = 0; l < leaves.Count; l++)
        {
            enums[l] = leaves[l].AtomicReader.GetTerms(field)?.GetEnumerator();
            int from = leaves[l].DocBase, to = from + leaves[l].AtomicReader.MaxDoc;
            holds[l] = docs.Any(d => d >= from && d < to);
        }

        var postings = new DocsEnum?[leaves.Count];
        var reuse = new DocsEnum?[leaves.Count];
        float total = 0;
        foreach (var term in terms)
        {
            var bytes = new BytesRef(term.Text);
            int df = 0;
            for (int l = 0; l < leaves.Count; l++)
            {
                postings[l] = null;
                if (enums[l] is { } te && te.SeekExact(bytes))
                {
                    df += te.DocFreq;
                    if (holds[l])
                    {
                        postings[l] = reuse[l] = te.Docs(leaves[l].AtomicReader.LiveDocs, reuse[l], DocsFlags.FREQS);
                    }
                }
            }

            if (df == 0)
            {
                continue;
            }

            float idf = (float)Math.Log(1 + (n - df + 0.5) / (df + 0.5)) * term.Weight;
            total += idf;
            for (int l = 0; l < leaves.Count; l++)
            {
                if (postings[l] is { } docsEnum)
                {
                    Accumulate(leaves[l], field, docsEnum, idf, avgLength, docs, order, scores, covered);
                }
            }
        }

        return total;
    }

    private static void Accumulate(AtomicReaderContext leaf, string field, DocsEnum postings, float idf, float avgLength, int[] docs, int[] order, float[] scores, float[] covered)
    {
        var atomic = leaf.AtomicReader;
        var norms = atomic.GetNormValues(field);
        int end = leaf.DocBase + atomic.MaxDoc;
        foreach (int i in order)
        {
            int doc = docs[i];
            if (doc < leaf.DocBase || doc >= end)
            {
                continue;
            }

            int local = doc - leaf.DocBase;
            int at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            if (at != local)
            {
                continue;
            }

            float tf = postings.Freq;
            float lengthNorm = norms is null ? 1f : Norms.DecodeNormValue(norms.Get(local));
            float length = lengthNorm > 0 ? 1f / (lengthNorm * lengthNorm) : avgLength;
            scores[i] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avgLength));
            covered[i] += idf;
        }
    }
}
