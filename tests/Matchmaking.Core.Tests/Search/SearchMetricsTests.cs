using System.Diagnostics.Metrics;
using Matchmaking.Core.Diagnostics;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search;

public sealed class SearchMetricsTests
{
    [Fact]
    public async Task RunAsync_OneSearch_RecordsEachStepOnceAndTheTotal()
    {
        using var harness = new SearchHarness();
        using (var scope = harness.Scope())
        {
            await harness.Listings(scope).PublishAchievementAsync(new Achievement { Title = "锂电池缺陷检测系统", Abstract = "机器视觉", Trl = 5 }, default);
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        var recorded = new List<(string Instrument, string? Step, double Seconds)>();
        using var listener = new MeterListener();
        // Only this harness's meter: other tests in the process record into meters of the same name.
        var factory = harness.Get<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MatchmakingTelemetry.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            string? step = null;
            foreach (var tag in tags)
            {
                step = tag.Key == "step" ? tag.Value as string : step;
            }

            lock (recorded)
            {
                recorded.Add((instrument.Name, step, value));
            }
        });
        listener.Start();

        var result = await harness.Pipeline.RunAsync(new SearchRequest("锂电池", [ListingKind.Achievement]), default);

        Assert.Single(result.Hits);
        Assert.Equal(["analyze", "retrieve", "rerank", "explain"], recorded.Where(r => r.Instrument == "matchmaking.search.step.duration").Select(r => r.Step));
        var total = Assert.Single(recorded, r => r.Instrument == "matchmaking.search.duration");
        Assert.All(recorded, r => Assert.InRange(r.Seconds, 0, total.Seconds));
    }
}
