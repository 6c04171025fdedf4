using Matchmaking.Core.Search.Evaluation;

namespace Matchmaking.Core.Tests.Search;

/// <summary>Metric code on a tiny hand-made ranking with values worked out by hand.</summary>
public sealed class RetrievalMetricsTests
{
    private static readonly Dictionary<string, int> Judged = new() { ["a"] = 1, ["c"] = 2 };
    private static readonly string[] Ranked = ["x", "a", "y", "c"];

    [Fact]
    public void Ndcg_TwoRelevantAtRanks2And4_HandComputedValue()
    {
        // DCG = 1/log2(3) + 3/log2(5); IDCG = 3/log2(2) + 1/log2(3).
        double dcg = (1 / Math.Log2(3)) + (3 / Math.Log2(5));
        double ideal = 3 + (1 / Math.Log2(3));

        Assert.Equal(dcg / ideal, RetrievalMetrics.Ndcg(Ranked, Judged, 10), 10);
    }

    [Fact]
    public void Ndcg_CutOffBeforeAnyRelevant_Zero() => Assert.Equal(0, RetrievalMetrics.Ndcg(Ranked, Judged, 1));

    [Fact]
    public void ReciprocalRank_FirstRelevantAtRank2_Half() => Assert.Equal(0.5, RetrievalMetrics.ReciprocalRank(Ranked, Judged, 10));

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.5)]
    [InlineData(4, 1.0)]
    public void Recall_AtK_ShareOfRelevantFound(int k, double expected) => Assert.Equal(expected, RetrievalMetrics.Recall(Ranked, Judged, k));

    [Fact]
    public void Ndcg_PerfectRanking_One() => Assert.Equal(1.0, RetrievalMetrics.Ndcg(["c", "a"], Judged, 10), 10);

    [Fact]
    public void Percentile_NearestRank_Values()
    {
        double[] values = [5, 1, 4, 2, 3];

        Assert.Equal(3, RetrievalMetrics.Percentile(values, 0.5));
        Assert.Equal(5, RetrievalMetrics.Percentile(values, 0.95));
    }

    [Fact]
    public void Gini_EqualExposure_Zero() => Assert.Equal(0, RetrievalMetrics.Gini([3, 3, 3, 3]), 10);

    [Fact]
    public void Gini_OneItemTakesAll_NMinusOneOverN() => Assert.Equal(0.75, RetrievalMetrics.Gini([0, 0, 0, 8]), 10);

    [Fact]
    public void Gini_NothingShown_Zero() => Assert.Equal(0, RetrievalMetrics.Gini([0, 0]));
}
