using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>The table per group (tried / clear / other / INTERNAL / hang), the list of cases that were not clear, and the JSON of every case.</summary>
public sealed record ProbeReport(IReadOnlyList<ProbeResult> Results)
{
    public int Internal => Results.Count(r => r.Outcome == ProbeOutcome.Internal);

    public int Hangs => Results.Count(r => r.Outcome == ProbeOutcome.Hang);

    public bool Passed => Internal == 0 && Hangs == 0;

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| group | tried | clear error (expected code) | other code | INTERNAL | hang |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var group in Results.GroupBy(r => r.Case.Group))
        {
            text.AppendLine(Row(group.Key, group.ToList()));
        }

        text.AppendLine(Row("**all**", Results));
        return text.ToString();
    }

    /// <summary>Every case that was not clear: group, name, expected, got, and the issue item whose fix it waits for.</summary>
    public string NotClear()
    {
        var text = new StringBuilder();
        foreach (var r in Results.Where(r => r.Outcome != ProbeOutcome.Clear).OrderBy(r => r.Outcome).ThenBy(r => r.Case.Group, StringComparer.Ordinal))
        {
            string pending = r.Case.Pending is null ? "" : $"  [pending: {r.Case.Pending}]";
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.Outcome.ToString().ToUpperInvariant(),-8} {r.Case.Group} / {r.Case.Name}: expected {r.Case.Expect}, got {Shorten(r.Got)}{pending}");
        }

        return text.ToString();
    }

    public string Json() => JsonSerializer.Serialize(
        new
        {
            tried = Results.Count,
            clear = Results.Count(r => r.Outcome == ProbeOutcome.Clear),
            other = Results.Count(r => r.Outcome == ProbeOutcome.Other),
            @internal = Internal,
            hang = Hangs,
            cases = Results.Select(r => new
            {
                group = r.Case.Group,
                name = r.Case.Name,
                expected = r.Case.Expect.ToString(),
                outcome = r.Outcome.ToString().ToUpperInvariant(),
                got = Shorten(r.Got),
                pending = r.Case.Pending,
                ms = Math.Round(r.Milliseconds, 1),
            }),
        },
        new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });

    private static string Row(string group, IReadOnlyList<ProbeResult> rows) =>
        $"| {group} | {rows.Count} | {Count(rows, ProbeOutcome.Clear)} | {Count(rows, ProbeOutcome.Other)} | {Count(rows, ProbeOutcome.Internal)} | {Count(rows, ProbeOutcome.Hang)} |";

    private static int Count(IEnumerable<ProbeResult> rows, ProbeOutcome outcome) => rows.Count(r => r.Outcome == outcome);

    private static string Shorten(string got) => got.Length > 160 ? got[..160] + "…" : got;
}
