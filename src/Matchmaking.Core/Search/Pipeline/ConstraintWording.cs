using System.Globalization;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// How a constraint check prints its numbers for brokers: money in whole yuan with separators, a single
/// value as that value (an asking price is not a range), one-sided ranges as "up to" / "from".
/// </summary>
public static class ConstraintWording
{
    private static readonly (CooperationModes Mode, string Name)[] ModeNames =
    [
        (CooperationModes.Transfer, "transfer (技术转让)"),
        (CooperationModes.License, "licence (许可使用)"),
        (CooperationModes.JointDevelopment, "joint development (合作开发)"),
        (CooperationModes.Consulting, "consulting (技术咨询)"),
    ];

    public static string Money(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A money range: "200,000" when both ends agree, "100,000–300,000", "up to 300,000", "from 100,000" or "open".</summary>
    public static string Range(long? low, long? high) => (low, high) switch
    {
        ({ } lo, { } hi) when lo == hi => Money(lo),
        ({ } lo, { } hi) => $"{Money(lo)}–{Money(hi)}",
        (null, { } hi) => $"up to {Money(hi)}",
        ({ } lo, null) => $"from {Money(lo)}",
        _ => "open",
    };

    public static string Modes(CooperationModes modes) =>
        string.Join(", ", ModeNames.Where(m => modes.HasFlag(m.Mode)).Select(m => m.Name));

    public static string Days(int days) => days == 1 || days == -1 ? $"{days} day" : $"{days} days";
}
