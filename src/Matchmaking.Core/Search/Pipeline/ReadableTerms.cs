namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Which matched words a person reads as evidence. Retrieval still uses every word; only the
/// explanation leaves out lone CJK characters (件, 缩), number fragments and units (0, 02, 15, mm — the
/// code 0.02mm is shown whole instead) and words every listing says (企业, 长期, 技术).
/// </summary>
public static class ReadableTerms
{
    /// <summary>Latin units SmartCn splits off a measure; alone they say nothing.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "mm", "cm", "km", "um", "nm", "kg", "mg", "ml", "kw", "mw", "kv", "hz", "db", "ms", "mpa", "gpa", "kpa", "khz", "mhz", "ghz", "kwh", "mah",
    };

    /// <summary>Generic words of listings (who asks, for how long, that it is research): true of nearly every pair.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "企业", "公司", "我司", "本公司", "单位", "长期", "短期", "需求", "需要", "要求", "寻求", "希望", "提供", "进行", "开展",
        "技术", "研究", "研发", "开发", "项目", "合作", "服务", "产品", "方案", "方法", "问题", "相关", "领域", "行业", "具有",
        "能够", "可以", "实现", "提高", "提升", "主要", "目前", "已经", "通过", "使用", "采用", "基于", "用于", "方面", "能力",
        "工作", "应用", "解决", "支持", "目标", "效果", "情况", "我们", "其中", "以上", "以下", "包括", "成果", "专家", "团队",
    };

    public static bool IsReadable(string word)
    {
        if (word.Length == 0 || Generic.Contains(word) || Units.Contains(word))
        {
            return false;
        }

        int cjk = word.Count(IsCjk);
        if (cjk > 0)
        {
            return cjk >= 2 || word.Length >= 2;
        }

        // Latin or digits: a word of at least two letters; a run of digits is a fragment of a number.
        return word.Count(char.IsLetter) >= 2;
    }

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
