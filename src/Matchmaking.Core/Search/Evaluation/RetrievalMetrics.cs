namespace Matchmaking.Core.Search.Evaluation;

/// <summary>Standard IR metrics for one ranked list against graded judgements (grade &gt; 0 is relevant).</summary>
public static class RetrievalMetrics
{
    /// <summary>nDCG@k with gain 2^grade − 1 and log2 discount, as in trec_eval and BEIR.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int k)
    {
        double dcg = 0;
        for (int i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (judged.TryGetValue(ranked[i], out int grade) && grade > 0)
            {
                dcg += (Math.Pow(2, grade) - 1) / Math.Log2(i + 2);
            }
        }

        double ideal = judged.Values.Where(g => g > 0).OrderDescending().Take(k)
            .Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
        return ideal > 0 ? dcg / ideal : 0;
    }

    /// <summary>Reciprocal rank of the first relevant hit within the top k, else 0.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int k)
    {
        for (int i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (judged.TryGetValue(ranked[i], out int grade) && grade > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>The share of relevant documents found in the top k.</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int k)
    {
        int relevant = judged.Values.Count(g => g > 0);
        if (relevant == 0)
        {
            return 0;
        }

        int found = ranked.Take(k).Count(id => judged.TryGetValue(id, out int grade) && grade > 0);
        return (double)found / relevant;
    }

    /// <summary>The value at quantile <paramref name="q"/> (0–1) by the nearest-rank method.</summary>
    public static double Percentile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        int rank = (int)Math.Ceiling(q * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// Gini coefficient of exposure (0 = every item shown equally often, → 1 = one item takes all): over every
    /// item, the ones never shown included, from the sorted counts (mean absolute difference / 2·mean).
    /// </summary>
    public static double Gini(IEnumerable<int> exposures)
    {
        var sorted = exposures.Order().ToArray();
        long total = sorted.Sum(x => (long)x);
        if (sorted.Length == 0 || total == 0)
        {
            return 0;
        }

        double weighted = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            weighted += (2.0 * (i + 1) - sorted.Length - 1) * sorted[i];
        }

        return weighted / (sorted.Length * (double)total);
    }
}
