using ICU4N.Text;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search;

/// <summary>Sentence → exact tokens, per field, as Lucene's own analyzer tests do.</summary>
public sealed class AnalyzerTests : IDisposable
{
    private readonly Lucene.Net.Analysis.Analyzer analyzer = ListingAnalyzer.Create();

    public static TheoryData<string, string, string> Cases => new()
    {
        // SmartCn words: segmented, function words (的) dropped.
        { "all_w", "基于深度学习的锂电池缺陷检测技术", "基于 深度 学习 锂 电池 缺陷 检测 技术" },
        // Traditional → simplified before segmenting.
        { "all_w", "鋰電池缺陷檢測", "锂 电池 缺陷 检测" },
        // Full-width → half-width and lowercase; punctuation gone.
        { "all_w", "ＳｉＣ－ＭＯＳＦＥＴ模块，精度≤0.02mm", "sic mosfet 模块 精度 0 02 mm" },
        // English stemmed.
        { "all_w", "5G基站与PLC控制的Batteries testing", "5 g 基站 plc 控制 batteri test" },
        // CJK bigrams; non-CJK runs stay whole.
        { "all_b", "锂电池缺陷检测", "锂电 电池 池缺 缺陷 陷检 检测" },
        { "all_b", "鋰電池", "锂电 电池" },
        { "all_b", "ＳｉＣ－ＭＯＳＦＥＴ模块，精度≤0.02mm", "sic mosfet 模块 精度 0.02mm" },
        // Model numbers and measures kept whole in the codes field.
        { "codes", "ＳｉＣ－ＭＯＳＦＥＴ模块，精度≤0.02mm", "sic-mosfet 0.02mm" },
        { "codes", "5G基站与PLC控制，符合ISO9001，LiFePO4电芯", "5g iso9001 lifepo4" },
        { "codes", "良率 ≥ 99.5%", "99.5" },
        { "codes", "基于深度学习的锂电池缺陷检测技术", "" },
        // Single CJK characters only (recommendations), function words dropped.
        { "all_u", "基于深度学习的锂電池，SiC-MOSFET 0.02mm", "基 深 度 学 习 锂 电 池" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokens_Sentence_ExactTokens(string field, string sentence, string expected) =>
        Assert.Equal(expected, string.Join(' ', QueryAnalyzer.Tokens(analyzer, field, sentence)));

    [Fact]
    public void TraditionalSimplifiedTable_EqualsIcuTransliterator()
    {
        // The table is derived from ICU once for speed; this keeps it honest.
        var icu = Transliterator.GetInstance("Traditional-Simplified");
        var table = TextNormalization.Pairs().ToList();

        Assert.True(table.Count > 2_500);
        Assert.All(table, pair => Assert.Equal(pair.Simplified.ToString(), icu.Transliterate(pair.Traditional.ToString())));
        var tabled = table.Select(p => p.Traditional).ToHashSet();
        var missing = Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(c => (char)c)
            .Where(c => !tabled.Contains(c) && icu.Transliterate(c.ToString()) is { Length: 1 } s && s[0] != c).Take(5).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void SynonymList_Parse_GroupsAreSymmetric()
    {
        var groups = SynonymList.Parse(["# comment", "锂电池, 锂离子电池，动力电池", "PLC,可编程控制器 # trailing", "单独"]);

        Assert.Equal(["动力电池", "锂离子电池"], groups["锂电池"]);
        Assert.Equal(["锂电池", "锂离子电池"], groups["动力电池"]);
        Assert.Equal(["可编程控制器"], groups["plc"]);
        Assert.False(groups.ContainsKey("单独"));
    }

    [Fact]
    public void SynonymList_Expand_LatinEntriesOnlyAsWholeWords()
    {
        string path = Path.Combine(Path.GetTempPath(), "mm-syn-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "人工智能, AI\n锂电池, 锂离子电池\n");
        try
        {
            var list = new SynonymList(path);

            Assert.Equal(["人工智能"], list.Expand("AI 质检"));
            Assert.Empty(list.Expand("maintain the line"));
            Assert.Equal(["锂离子电池"], list.Expand("动力锂电池回收"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    public void Dispose() => analyzer.Dispose();
}
