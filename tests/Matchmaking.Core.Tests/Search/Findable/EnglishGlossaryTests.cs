using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Tests.Shared;

namespace Matchmaking.Core.Tests.Search.Findable;

/// <summary>English queries through the curated glossary (and CC-CEDICT when installed), and search without either.</summary>
public sealed class EnglishGlossaryTests
{
    internal static readonly string Curated = Path.Combine(RepositoryPaths.Root, "indexes", "analysis", "glossary.txt");
    internal static readonly string Cedict = Path.Combine(RepositoryPaths.Root, "tools", "glossary", "cedict-en-zh.tsv");

    [Fact]
    public void Translate_EnglishPhrases_LongestFirstAndPluralsBySingular()
    {
        var glossary = new EnglishGlossary(Curated, "");

        var chinese = glossary.Translate("Lithium batteries defect detection", _ => 1);

        Assert.Equal(["锂电池", "锂离子电池", "缺陷检测", "瑕疵检测"], chinese);
    }

    [Fact]
    public void Translate_ChineseOrMixedText_LeftAlone()
    {
        var glossary = new EnglishGlossary(Curated, "");

        Assert.Empty(glossary.Translate("锂电池 defect detection", _ => 1));
        Assert.Empty(glossary.Translate("0.02mm", _ => 1));
    }

    [Fact]
    public void Translate_NoFiles_NothingAndNoError()
    {
        var glossary = new EnglishGlossary(Path.Combine(Path.GetTempPath(), "absent-glossary.txt"), Path.Combine(Path.GetTempPath(), "absent-cedict.tsv"));

        Assert.False(glossary.HasDictionary);
        Assert.Empty(glossary.Translate("lithium battery", _ => 1));
    }

    [Fact]
    public void Translate_DictionarySense_KeepsTheWordsTheIndexUses()
    {
        string table = Path.Combine(Path.GetTempPath(), $"cedict-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(table, "# test table\nbattery\t殴打|炮台|电池|电瓶\n");
        try
        {
            var glossary = new EnglishGlossary("", table, dictionaryWords: 1);
            var frequencies = new Dictionary<string, int> { ["电池"] = 40, ["电瓶"] = 2, ["炮台"] = 0 };

            Assert.True(glossary.HasDictionary);
            Assert.Equal(["电池"], glossary.Translate("batteries", w => frequencies.GetValueOrDefault(w)));
        }
        finally
        {
            File.Delete(table);
        }
    }

    [Fact]
    public async Task Run_EnglishQuery_FindsChineseListing_OnlyWithTheGlossary()
    {
        using var without = await HarnessAsync("");
        using var with = await HarnessAsync(Curated);

        var request = new SearchRequest("lithium battery defect detection", [ListingKind.Achievement]);

        Assert.Equal(0, (await without.Pipeline.RunAsync(request, default)).TotalCount);
        var hit = (await with.Pipeline.RunAsync(request, default)).Hits[0];
        Assert.Equal("锂电池极片缺陷视觉检测系统", hit.Title);
        Assert.Equal(["电池", "缺陷", "检测"], hit.Explanation.MatchedTerms);
    }

    private static async Task<SearchHarness> HarnessAsync(string glossary)
    {
        var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:GlossaryPath"] = glossary, ["Search:CedictPath"] = "" });
        using (var scope = harness.Scope())
        {
            await harness.Listings(scope).PublishAchievementAsync(new Achievement
            {
                Title = "锂电池极片缺陷视觉检测系统", Abstract = "基于卷积神经网络识别极片划痕与漏涂，检出率 ≥ 98%。", Trl = 6, Keywords = ["缺陷检测"],
            }, default);
            await harness.Listings(scope).PublishAchievementAsync(new Achievement { Title = "注塑件缩痕工艺优化", Abstract = "模流分析优化保压曲线。", Trl = 7, Keywords = ["注塑"] }, default);
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }
}
