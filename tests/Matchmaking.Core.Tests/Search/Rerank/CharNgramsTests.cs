using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Core.Tests.Search.Rerank;

public sealed class CharNgramsTests
{
    [Theory]
    [InlineData("锂电池", 5)]          // 锂 电 池 锂电 电池
    [InlineData("锂电，池", 4)]        // punctuation breaks the bigram chain: 锂 电 锂电 池
    [InlineData("ＳｉＣ", 5)]          // full-width folds to sic: s i c si ic
    [InlineData("，。！", 0)]
    public void Count_Text_YieldsDistinctUnigramsAndBigrams(string text, int distinct)
    {
        Assert.Equal(distinct, CharNgrams.Count(text).Count);
    }

    [Fact]
    public void Count_FullWidthAndHalfWidth_SameKeys()
    {
        Assert.Equal(CharNgrams.Count("sic-mosfet").Keys.Order(), CharNgrams.Count("ＳｉＣ－ＭＯＳＦＥＴ").Keys.Order());
    }
}
