using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Ai;

/// <summary>
/// Intake without a chat model: the index's own word analyzer (SmartCn, stopwords, synonyms folded) picks
/// the content words, colloquial filler is dropped, runs of single characters the segmenter left (缩/痕)
/// are rejoined, and a small cue table guesses the industry.
/// </summary>
public sealed class OfflineDemandAnalysis : IDisposable
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "我们", "我", "你们", "想", "想要", "找", "找人", "人", "解决", "希望", "需要", "问题", "一直", "老是", "总是", "怎么", "如何", "现在", "目前", "帮忙", "厂", "工厂", "公司", "有没有", "能", "可以",
        "老", "有", "总", "很", "又", "也", "都", "就", "还", "要",
    };

    private static readonly (string Cue, Industry Industry, string Field)[] Cues =
    [
        ("注塑", Industry.NewMaterials, "高分子材料成型"), ("塑料", Industry.NewMaterials, "高分子材料成型"), ("模具", Industry.HighEndEquipment, "模具设计与制造"),
        ("电池", Industry.NewEnergyAndEnvironment, "电化学储能"), ("锂", Industry.NewEnergyAndEnvironment, "电化学储能"), ("光伏", Industry.NewEnergyAndEnvironment, "光伏发电"),
        ("焊接", Industry.HighEndEquipment, "焊接工艺"), ("数控", Industry.HighEndEquipment, "数控加工"), ("机器人", Industry.HighEndEquipment, "机器人"),
        ("视觉", Industry.ArtificialIntelligence, "机器视觉"), ("算法", Industry.ArtificialIntelligence, "人工智能算法"), ("芯片", Industry.NextGenIt, "集成电路"),
        ("汽车", Industry.NewEnergyVehicles, "汽车工程"), ("食品", Industry.GreenFood, "食品加工"), ("药", Industry.LifeHealth, "医药"), ("洗衣机", Industry.SmartAppliances, "家电控制"),
    ];

    private readonly Lucene.Net.Analysis.Analyzer analyzer = ListingAnalyzer.Create();

    public DemandFields Analyze(string demand)
    {
        var keywords = new List<string>();
        string run = "";
        foreach (string word in QueryAnalyzer.Tokens(analyzer, FieldNames.Words(FieldNames.All), demand).Append(""))
        {
            // Filler characters (老, 有) break a run; so does a gap in the text (a dropped stopword).
            if (IsSingleContent(word) && (run.Length == 0 || demand.Contains(run + word, StringComparison.Ordinal)))
            {
                run += word;
                continue;
            }

            // A run of 2–3 single characters is usually a term the segmenter does not know (缩痕, 飞边).
            if (run.Length is 2 or 3 && demand.Contains(run, StringComparison.Ordinal))
            {
                keywords.Add(run);
            }

            run = IsSingleContent(word) ? word : "";
            if (word.Length > 1 && !Filler.Contains(word) && !keywords.Contains(word))
            {
                keywords.Add(word);
            }
        }

        var matched = Cues.Where(c => demand.Contains(c.Cue, StringComparison.Ordinal)).ToList();
        string? industry = matched.Count == 0 ? null : matched.GroupBy(c => c.Industry).OrderByDescending(g => g.Count()).First().Key.Chinese();
        return new DemandFields(demand.Trim(), keywords, matched.Select(c => c.Field).Distinct().ToList(), industry, "analysis");
    }

    private static bool IsSingleContent(string word) =>
        word.Length == 1 && char.GetUnicodeCategory(word[0]) == System.Globalization.UnicodeCategory.OtherLetter && !Filler.Contains(word);

    public void Dispose() => analyzer.Dispose();
}
