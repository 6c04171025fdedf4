using Matchmaking.Core.Search.Rerank;
using Matchmaking.Core.Storage;
using Xunit.Abstractions;

namespace Matchmaking.Core.Tests.Search.Rerank;

/// <summary>
/// The feedback retrain on the committed seed set as a fresh clone has it (its listings and its year of broker
/// decisions, real SQLite and index): the scorer trained on the decisions before the hold-out date must beat the
/// lexical ranking and the served one on the decisions after it, and is then switched on.
/// </summary>
public sealed class SeedOutcomesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_SeedDecisions_TrainedScorerBeatsLexicalOnHeldOutAndIsSwitchedOn()
    {
        using var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:Rerank:ScorerPath"] = "models/learned" });
        await harness.Get<SeedImporter>().ImportAsync(Path.Combine(RepositoryRoot(), "seed-data"), null, default);
        await harness.Maintenance.EnsureReadyAsync(null, default);

        var result = await harness.Get<RankerRetraining>().RunAsync(default);

        var e = result.Evaluation;
        output.WriteLine(result.Detail);
        Assert.NotNull(e);
        Assert.True(result.Trained, result.Detail);
        Assert.True(e.SwitchedOn);
        Assert.True(e.HeldOutDemands >= 40, $"{e.HeldOutDemands} held-out demands");
        Assert.True(e.TrainedNdcg > e.LexicalNdcg + 0.03, result.Detail);
        Assert.True(e.TrainedNdcg > e.BaselineNdcg, result.Detail);
        Assert.NotNull(harness.Get<ScorerProvider>().Current);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seed-data")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("seed-data/ not found above the test binaries.");
    }
}
