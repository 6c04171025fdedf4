using System.Globalization;

namespace Matchmaking.Api.Cli;

/// <summary>Durations as people type them on a command line: 500ms, 10s, 10m, 1h, or a TimeSpan (00:00:10).</summary>
internal static class Duration
{
    public static TimeSpan Parse(string text)
    {
        text = text.Trim();
        (string Suffix, Func<double, TimeSpan> Make)[] units = [("ms", TimeSpan.FromMilliseconds), ("s", TimeSpan.FromSeconds), ("m", TimeSpan.FromMinutes), ("h", TimeSpan.FromHours)];
        foreach (var (suffix, make) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value > 0)
            {
                return make(value);
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new FormatException($"'{text}' is not a duration; write 10s, 10m, 1h or 00:10:00.");
    }
}
