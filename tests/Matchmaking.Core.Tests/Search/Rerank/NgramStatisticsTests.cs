using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Core.Tests.Search.Rerank;

public sealed class NgramStatisticsTests
{
    [Fact]
    public void Idf_UnigramWeight_ScalesSingleCharactersOnly()
    {
        string[] texts = ["锂电池回收", "电池隔膜", "碳化硅器件"];
        var plain = NgramStatistics.Build("", texts);
        var weighted = NgramStatistics.Build("", texts, unigramWeight: 3f);
        long character = CharNgrams.Count("池").Keys.Single();
        long pair = CharNgrams.Count("电池").Keys.Single(k => k >= 0x10000);

        Assert.Equal(3 * plain.Idf(character), weighted.Idf(character), 5);
        Assert.Equal(plain.Idf(pair), weighted.Idf(pair));
    }

    [Fact]
    public void Vector_UnigramWeight_NormCountsCharactersMore()
    {
        string[] texts = ["锂电池回收", "电池隔膜", "碳化硅器件"];

        // Same keys and tf either way; only the norm (which carries the idf) grows with the characters' weight.
        var plain = NgramStatistics.Build("", texts).Vector("电池隔膜");
        var weighted = NgramStatistics.Build("", texts, unigramWeight: 3f).Vector("电池隔膜");

        Assert.Equal(plain.Keys, weighted.Keys);
        Assert.True(weighted.Norm > 2 * plain.Norm, $"{weighted.Norm} vs {plain.Norm}");
    }
}
