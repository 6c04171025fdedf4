using Matchmaking.Core;

namespace Matchmaking.Core.Tests;

public sealed class ProgressMeterTests
{
    [Fact]
    public void Step_KnownTotal_ReportsEachTenthWithCountRateAndEta_ThenASummary()
    {
        var lines = new List<string>();
        var meter = new ProgressMeter("import", 200, new Inline(lines));

        for (int i = 0; i < 200; i++)
        {
            meter.Step();
        }

        meter.Finish();

        Assert.Equal(10, lines.Count);
        Assert.StartsWith("import: 10% (20 of 200), ", lines[0], StringComparison.Ordinal);
        Assert.Contains("/s, ETA ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("import: 90% (180 of 200)", lines[8], StringComparison.Ordinal);
        Assert.StartsWith("import: 100% (200 in ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ReportAt_Batches_JumpsAreReportedOnce()
    {
        var lines = new List<string>();
        var meter = new ProgressMeter("index build", 10_000, new Inline(lines));

        meter.ReportAt(1_000);
        meter.ReportAt(1_500);
        meter.ReportAt(5_000);

        Assert.Equal(["index build: 10% (1,000 of 10,000)", "index build: 50% (5,000 of 10,000)"], lines.Select(l => l[..l.IndexOf(',', l.IndexOf(')'))]));
    }

    private sealed class Inline(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
