using System.Globalization;
using Bogus;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>Small phrasing helpers shared by the composers: money, maturity, IP numbers, cooperation modes.</summary>
internal static class Wording
{
    private static readonly CooperationModes[] Modes =
        [CooperationModes.Transfer, CooperationModes.License, CooperationModes.JointDevelopment, CooperationModes.Consulting];

    /// <summary>An index other than <paramref name="not"/>, so a paraphrase never reuses the demand's synonym.</summary>
    public static int Other(Randomizer random, int length, int not) =>
        length < 2 ? not : (not + random.Number(1, length - 1)) % length;

    public static string Wan(decimal yuan) => (yuan / 10_000m).ToString("0.##", CultureInfo.InvariantCulture);

    public static CooperationModes PickModes(Randomizer random)
    {
        var modes = CooperationModes.None;
        foreach (CooperationModes mode in Modes)
        {
            if (random.Bool(0.4f))
            {
                modes |= mode;
            }
        }

        return modes == CooperationModes.None ? random.ArrayElement(Modes) : modes;
    }

    public static string Describe(CooperationModes modes)
    {
        var names = new List<string>();
        if (modes.HasFlag(CooperationModes.Transfer)) names.Add("技术转让");
        if (modes.HasFlag(CooperationModes.License)) names.Add("许可使用");
        if (modes.HasFlag(CooperationModes.JointDevelopment)) names.Add("合作开发");
        if (modes.HasFlag(CooperationModes.Consulting)) names.Add("技术服务");
        return string.Join("、", names);
    }

    public static string Stage(int trl) => trl switch
    {
        <= 3 => "实验室原理验证",
        <= 5 => "实验室样机研制与小试",
        6 => "中试验证",
        7 => "工程样机示范应用",
        _ => "产品定型与批量应用",
    };

    /// <summary>A Chinese patent number, ZL + year + type + serial + '.' + the check digit of the filing number.</summary>
    public static string PatentNumber(Randomizer random, bool invention)
    {
        string digits = random.Number(2016, 2025).ToString(CultureInfo.InvariantCulture)
            + (invention ? "1" : "2")
            + random.Number(0, 9_999_999).ToString("D7", CultureInfo.InvariantCulture);
        int[] weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        int check = sum % 11;
        return $"ZL{digits}.{(check == 10 ? "X" : check.ToString(CultureInfo.InvariantCulture))}";
    }

    public static string SoftwareCopyright(Randomizer random) =>
        $"软著登字第{random.Number(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture)}号";

    /// <summary>A target as a demand states it: a floor or a ceiling.</summary>
    public static string Requirement(Randomizer random, IndicatorTarget target, int name = 0)
    {
        var indicator = target.Indicator;
        string n = indicator.Names[Math.Min(name, indicator.Names.Length - 1)];
        string v = indicator.Format(target.Target);
        return indicator.AtLeast
            ? random.Number(2) switch { 0 => $"{n}不低于{v}", 1 => $"{n} ≥ {v}", _ => $"{n}达到{v}以上" }
            : random.Number(2) switch { 0 => $"{n}不超过{v}", 1 => $"{n} ≤ {v}", _ => $"{n}控制在{v}以内" };
    }

    /// <summary>A measured result as a lab reports it, as good as or better than the target.</summary>
    public static string Result(Randomizer random, IndicatorTarget target, int name)
    {
        var indicator = target.Indicator;
        string n = indicator.Names[Math.Min(name, indicator.Names.Length - 1)];
        decimal value = indicator.AtLeast
            ? indicator.Pick(random, target.Target, indicator.High)
            : indicator.Pick(random, indicator.Low, target.Target);
        string v = indicator.Format(value);
        return indicator.AtLeast
            ? random.Number(2) switch { 0 => $"{n}达到{v}", 1 => $"{n}为{v}", _ => $"实测{n}{v}" }
            : random.Number(2) switch { 0 => $"{n}降至{v}", 1 => $"{n}仅为{v}", _ => $"实测{n}{v}" };
    }

    public static string Join(Randomizer random, IEnumerable<string> parts) =>
        string.Join(random.Bool() ? "；" : "，", parts);

    /// <summary>Distinct non-empty keywords, at most <paramref name="max"/>.</summary>
    public static List<string> Keywords(IEnumerable<string> candidates, int max) =>
        [.. candidates.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).Take(max)];
}
