using Matchmaking.Api.Auth;
using Matchmaking.Core;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Search.Rerank;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Tests.Cluster;

/// <summary>
/// The learned scorer over HTTP: admins read the retrain comparisons on `cluster` and roll back with one mutation.
/// The build is a real ONNX scorer (the shipped one) published the way the retrain publishes its own.
/// </summary>
public sealed class RankerApiTests(BareSqliteApi api) : IClassFixture<BareSqliteApi>
{
    private const string Cluster = """query ClusterRanker { cluster { liveRanker rankerEvaluations(first: 10) { totalCount edges { node { build switchedOn live baseline trainedNdcg baselineNdcg gain heldOutDemands reason } } } } }""";
    private const string Rollback = """mutation RollbackRanker($build: String) { rollbackRanker(input: { build: $build }) { ranker { build live } userErrors { field code } } }""";

    [Fact]
    public async Task RollbackRanker_AfterASwitchedOnRetrain_EveryStepVisibleToAdminsAndBrokersRefused()
    {
        var w = await World.CreateAsync(api.Services);
        string admin = w.Token(api.Services, Roles.Admin)!;
        string build = await PublishAsync();
        await RecordAsync(new RankerEvaluation { At = DateTimeOffset.UtcNow.AddDays(-1), Baseline = "fusion", BaselineNdcg = 0.40, TrainedNdcg = 0.39, HeldOutDemands = 30, Reason = "not better" });
        await RecordAsync(new RankerEvaluation { At = DateTimeOffset.UtcNow, Baseline = "fusion", BaselineNdcg = 0.42, TrainedNdcg = 0.51, HeldOutDemands = 61, SwitchedOn = true, Folder = build, Reason = "switched on" });

        var view = (await api.PostAsync(Cluster, token: admin)).Data().GetProperty("cluster");
        Assert.Equal(build, view.GetProperty("liveRanker").GetString());
        var evaluations = view.GetProperty("rankerEvaluations");
        Assert.Equal(2, evaluations.GetProperty("totalCount").GetInt32());
        var newest = evaluations.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(build, newest.GetProperty("build").GetString());
        Assert.True(newest.GetProperty("live").GetBoolean());
        Assert.Equal(0.09, newest.GetProperty("gain").GetDouble(), 6);
        Assert.False(evaluations.GetProperty("edges")[1].GetProperty("node").GetProperty("live").GetBoolean());

        Assert.Equal("FORBIDDEN", (await api.PostAsync(Rollback, new { build = (string?)null }, w.Token(api.Services, Roles.Broker))).Code());

        var off = (await api.PostAsync(Rollback, new { build = (string?)null }, admin)).Data().GetProperty("rollbackRanker");
        Assert.Equal(0, off.GetProperty("userErrors").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, off.GetProperty("ranker").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await api.PostAsync(Cluster, token: admin)).Data().GetProperty("cluster").GetProperty("liveRanker").ValueKind);
        Assert.Null(api.Services.GetRequiredService<ScorerProvider>().Current);

        var again = (await api.PostAsync(Rollback, new { build = (string?)null }, admin)).Data().GetProperty("rollbackRanker").GetProperty("userErrors")[0];
        Assert.Equal("NOTHING_TO_ROLL_BACK", again.GetProperty("code").GetString());
        Assert.Equal("build", again.GetProperty("field").GetString());

        var back = (await api.PostAsync(Rollback, new { build }, admin)).Data().GetProperty("rollbackRanker").GetProperty("ranker");
        Assert.Equal(build, back.GetProperty("build").GetString());
        Assert.True(back.GetProperty("live").GetBoolean());
        Assert.NotNull(api.Services.GetRequiredService<ScorerProvider>().Current);
    }

    /// <summary>A build beside the live scorer, switched in and published as the retrain does.</summary>
    private async Task<string> PublishAsync()
    {
        var paths = api.Services.GetRequiredService<IHostPaths>();
        var location = new ModelLocation(paths.Resolve(api.Services.GetRequiredService<IOptions<RerankOptions>>().Value.ScorerPath));
        string folder = location.NewFolder(DateTimeOffset.UtcNow);
        foreach (string file in Directory.GetFiles(Path.Combine(ApiFactory.RepositoryRoot, "onnx-models", "ranker")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        location.SwitchTo(folder);
        api.Services.GetRequiredService<ScorerProvider>().Reload();
        await api.Services.GetRequiredService<ModelDistribution>().PublishAsync(ModelDistribution.Ranker, folder, default);
        return Path.GetFileName(folder);
    }

    private async Task RecordAsync(RankerEvaluation evaluation)
    {
        using var scope = api.Services.CreateScope();
        await RankerEvaluations.AddAsync(scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>(), evaluation, "test-node", default);
    }
}
