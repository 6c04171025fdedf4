using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Rescores a recommendation's pool by the n-gram query (<see cref="SearchOptions.RecommendationNgramRescorePool"/>),
/// scoring only the pool's documents: each segment's scorer advances from one pooled document to the next. The
/// n-gram score replaces the fast query's, as the full n-gram query's order is what measured better; a document the
/// n-gram query does not match drops to the end. (Lucene.Net 4.8's QueryRescorer does the same walk but throws
/// IndexOutOfRange here.)
/// </summary>
internal static class NgramRescorer
{
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query query, ScoreDoc[] pool, int keep)
    {
        var byDoc = pool.Select(h => new ScoreDoc(h.Doc, 0f)).OrderBy(h => h.Doc).ToArray();
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        int leaf = -1;
        Scorer? scorer = null;
        foreach (var hit in byDoc)
        {
            int next = ReaderUtil.SubIndex(hit.Doc, leaves);
            if (next != leaf)
            {
                leaf = next;
                scorer = weight.GetScorer(leaves[leaf], null);
            }

            int target = hit.Doc - leaves[leaf].DocBase;
            if (scorer is not null && scorer.DocID <= target && (scorer.DocID == target || scorer.Advance(target) == target))
            {
                hit.Score = scorer.GetScore();
            }
        }

        return byDoc.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(keep).ToArray();
    }
}
