using Matchmaking.Core.Cluster;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Rerank;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Search.Rerank;

/// <summary>The switch of the feedback retrain (only when it wins on held-out decisions) and the rollback, over real SQLite, Lucene and ONNX.</summary>
public sealed class RankerSwitchTests
{
    [Fact]
    public async Task RunAsync_NotBetterByTheMinimumGain_KeepsTheServedRankingAndRecordsTheComparison()
    {
        using var harness = await RankerRetrainingTests.SeedAsync(minGroups: 4, settings: new Dictionary<string, string?>
        {
            ["Search:Rerank:RetrainSwitch"] = "WhenBetter",
            ["Search:Rerank:RetrainMinHeldOut"] = "2",
            ["Search:Rerank:RetrainMinGain"] = "1", // nDCG cannot rise by 1 over a ranking that already finds something
        });

        var result = await harness.Get<RankerRetraining>().RunAsync(default);

        Assert.False(result.Trained, result.Detail);
        Assert.StartsWith("kept fusion: not better by Search:Rerank:RetrainMinGain (1)", result.Detail);
        Assert.Null(harness.Get<ScorerProvider>().Current);
        Assert.False(File.Exists(Path.Combine(harness.Root, "models", "ranker", ModelLocation.PointerFile)));
        Assert.Empty(Directory.Exists(Path.Combine(harness.Root, "models", "ranker")) ? Directory.EnumerateDirectories(Path.Combine(harness.Root, "models", "ranker")) : []);
        var recorded = Assert.Single(await EvaluationsAsync(harness));
        Assert.False(recorded.SwitchedOn);
        Assert.Equal("fusion", recorded.Baseline);
        Assert.Equal(2, recorded.HeldOutDemands);
        Assert.Equal(6, recorded.TrainDemands);
        Assert.NotNull(recorded.TrainedNdcg);
        Assert.InRange(recorded.BaselineNdcg!.Value, 0.0001, 1);
        Assert.InRange(recorded.LexicalNdcg!.Value, 0.0001, 1);
        Assert.Equal("", recorded.Folder);
    }

    [Fact]
    public async Task RollbackAsync_TwoBuilds_StepsBackToTheFirstThenOffThenRefuses()
    {
        using var harness = await RankerRetrainingTests.SeedAsync(minGroups: 4);
        var retraining = harness.Get<RankerRetraining>();
        var first = await retraining.RunAsync(default);
        var second = await retraining.RunAsync(default);
        var rollback = harness.Get<RankerRollback>();
        var location = new ModelLocation(Path.Combine(harness.Root, "models", "ranker"));
        Assert.Equal(second.Folder, location.Live());

        var back = await rollback.RollbackAsync(null, "admin-1", default);

        Assert.Equal(Path.GetFileName(first.Folder), back?.Folder);
        Assert.Equal(first.Folder, location.Live());
        Assert.NotNull(harness.Get<ScorerProvider>().Current);
        Assert.Equal(Path.GetFileName(first.Folder), await LiveAsync(harness));

        var off = await rollback.RollbackAsync(null, "admin-1", default);

        Assert.Null(off);
        Assert.Equal(location.Root, location.Live());
        Assert.Null(harness.Get<ScorerProvider>().Current);
        Assert.Equal("", await LiveAsync(harness));
        var refused = await Assert.ThrowsAsync<DomainException>(() => rollback.RollbackAsync(null, "admin-1", default));
        Assert.Equal(RankerRollback.NothingToRollBack, refused.Code);

        // Selecting a build by name brings it back, even one whose folder was cleaned up here (it is unpacked from the database).
        var again = await rollback.RollbackAsync(Path.GetFileName(second.Folder), "admin-1", default);
        Assert.Equal(Path.GetFileName(second.Folder), again?.Folder);
        Assert.Equal(Path.GetFileName(second.Folder), Path.GetFileName(location.Live()));
        Assert.NotNull(harness.Get<ScorerProvider>().Current);
        var unknown = await Assert.ThrowsAsync<DomainException>(() => rollback.RollbackAsync("build-none", "admin-1", default));
        Assert.Equal(RankerRollback.NotSwitchedOn, unknown.Code);
    }

    [Fact]
    public async Task ApplyLatestAsync_ANodeStillOnTheRolledBackBuild_SwitchesItOff()
    {
        using var harness = await RankerRetrainingTests.SeedAsync(minGroups: 4);
        var trained = await harness.Get<RankerRetraining>().RunAsync(default);
        await harness.Get<RankerRollback>().RollbackAsync(null, "admin-1", default);
        var location = new ModelLocation(Path.Combine(harness.Root, "models", "ranker"));

        // A node that has not read the broadcast yet: still on the build, restarted, then running its node duty.
        location.SwitchTo(trained.Folder!);
        harness.Restart();
        Assert.NotNull(harness.Get<ScorerProvider>().Current);

        Assert.True(await harness.Get<ModelDistribution>().ApplyLatestAsync(ModelDistribution.Ranker, default));
        Assert.Equal(location.Root, location.Live());
        Assert.Null(harness.Get<ScorerProvider>().Current);
    }

    private static async Task<List<RankerEvaluation>> EvaluationsAsync(SearchHarness harness)
    {
        using var scope = harness.Scope();
        return await RankerEvaluations.ListAsync(scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>(), default);
    }

    private static async Task<string> LiveAsync(SearchHarness harness)
    {
        using var scope = harness.Scope();
        return await RankerEvaluations.LiveFolderAsync(scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>(), default);
    }
}
