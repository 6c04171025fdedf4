using System.Globalization;

namespace Matchmaking.Core.Seed.Vocabulary;

/// <summary>
/// A technical indicator with a plausible range, e.g. 检出率 ≥ 98–99.8 %. <see cref="Names"/>[0] is
/// the everyday name, later ones are what a lab calls it.
/// </summary>
internal sealed record Indicator(string[] Names, bool AtLeast, decimal Low, decimal High, int Decimals, string Unit)
{
    /// <summary>Parses "检出率/识别准确率&gt;=98-99.8%" or "误报率&lt;=0.1-0.5%".</summary>
    public static Indicator Parse(string text)
    {
        bool atLeast = text.Contains(">=", StringComparison.Ordinal);
        string[] sides = text.Split(atLeast ? ">=" : "<=");
        if (sides.Length != 2)
        {
            throw new FormatException($"indicator '{text}' needs exactly one >= or <=.");
        }

        string range = sides[1];
        int unitStart = 0;
        while (unitStart < range.Length && (char.IsAsciiDigit(range[unitStart]) || range[unitStart] is '.' or '-'))
        {
            unitStart++;
        }

        string[] bounds = range[..unitStart].Split('-');
        int decimals = bounds.Max(b => b.Contains('.') ? b.Length - b.IndexOf('.') - 1 : 0);
        return new(
            sides[0].Split('/'),
            atLeast,
            decimal.Parse(bounds[0], CultureInfo.InvariantCulture),
            decimal.Parse(bounds[1], CultureInfo.InvariantCulture),
            decimals,
            range[unitStart..]);
    }

    /// <summary>A value on the indicator's grid between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public decimal Pick(Bogus.Randomizer random, decimal from, decimal to)
    {
        // Integer steps keep the output identical across runtimes; doubles would risk a last-digit wobble.
        decimal step = Step;
        long steps = (long)decimal.Floor((to - from) / step);
        return from + (step * random.Long(0, Math.Max(0, steps)));
    }

    public decimal Step => 1m / (decimal)Math.Pow(10, Decimals);

    public string Format(decimal value) =>
        value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + Unit;
}
