using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// nDCG@10 of rankings of the same held-out pools against the brokers' decisions (grade &gt; 0 relevant; an
/// undecided candidate counts as not relevant, as in any judged test set): the lexical reranker, the reranker
/// recommendations are served by, and a trained scorer.
/// </summary>
public sealed class RankerComparison(LexicalReranker lexical, IReranker served)
{
    public const int Depth = 10;

    public Task<double> LexicalAsync(IReadOnlyList<DecisionGroup> groups, CancellationToken ct) => RerankedAsync(lexical, groups, ct);

    public Task<double> ServedAsync(IReadOnlyList<DecisionGroup> groups, CancellationToken ct) => RerankedAsync(served, groups, ct);

    /// <summary>The pools ordered by <paramref name="scorer"/>, ties by BM25 as the hybrid reranker breaks them.</summary>
    public static double Scored(OnnxScorer scorer, IReadOnlyList<DecisionGroup> groups) => Mean(groups, g =>
    {
        float[] scores = scorer.Score(g.Group.Rows);
        return Enumerable.Range(0, g.Candidates.Count)
            .OrderByDescending(i => scores[i]).ThenByDescending(i => g.Candidates[i].LexicalScore)
            .Select(i => g.Candidates[i].Id.ToString("D")).ToList();
    });

    private static async Task<double> RerankedAsync(IReranker reranker, IReadOnlyList<DecisionGroup> groups, CancellationToken ct)
    {
        var rankings = new List<List<string>>(groups.Count);
        foreach (var g in groups)
        {
            var hits = await reranker.RerankAsync(g.Query, g.Candidates, ct);
            rankings.Add([.. hits.Select(h => h.Candidate.Id.ToString("D"))]);
        }

        int next = 0;
        return Mean(groups, _ => rankings[next++]);
    }

    private static double Mean(IReadOnlyList<DecisionGroup> groups, Func<DecisionGroup, List<string>> rank)
    {
        if (groups.Count == 0)
        {
            return 0;
        }

        double total = 0;
        foreach (var g in groups)
        {
            var judged = new Dictionary<string, int>();
            for (int i = 0; i < g.Candidates.Count; i++)
            {
                judged[g.Candidates[i].Id.ToString("D")] = (int)MathF.Round(g.Group.Labels[i]);
            }

            total += RetrievalMetrics.Ndcg(rank(g), judged, Depth);
        }

        return total / groups.Count;
    }
}
