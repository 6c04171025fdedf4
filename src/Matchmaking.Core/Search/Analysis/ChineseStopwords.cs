using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Function words that carry no topic, in Chinese and English. Kept short on purpose: frequent domain
/// words (研究, 方法, 技术) are left to BM25's IDF, which weighs them per corpus.
/// </summary>
public static class ChineseStopwords
{
    private static readonly string[] Chinese =
    [
        "的", "了", "和", "与", "及", "或", "等", "是", "对", "为", "以", "将", "把", "被", "于", "其", "该", "之",
        "并", "且", "而", "也", "都", "就", "还", "又", "在", "从", "由", "向", "这", "那", "此", "着", "过", "个",
        "我们", "我", "你", "他", "她", "它", "一种", "一个", "以及", "并且", "或者", "如果", "因为", "所以",
    ];

    public static CharArraySet Create()
    {
        var set = new CharArraySet(ListingAnalyzer.Version, Chinese, ignoreCase: true);
        set.UnionWith(StopAnalyzer.ENGLISH_STOP_WORDS_SET);

        // SmartCn emits punctuation as tokens; its default stop set is exactly that punctuation.
        set.UnionWith(SmartChineseAnalyzer.DefaultStopSet);
        return set.AsReadOnly();
    }
}
