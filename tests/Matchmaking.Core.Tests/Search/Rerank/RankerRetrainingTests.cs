using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Rerank;
using Matchmaking.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Search.Rerank;

/// <summary>The feedback retrain over a real SQLite file, a real index, ML.NET LightGBM and ONNX Runtime.</summary>
public sealed class RankerRetrainingTests
{
    private static readonly string[] Topics = ["锂电池极片缺陷检测", "注塑件缩痕控制", "光伏组件隐裂识别", "风电齿轮箱故障诊断", "污水处理膜污染控制", "芯片封装热管理", "中药材农残检测", "锂电池隔膜涂覆"];

    [Fact]
    public async Task RunAsync_LabelledMatches_NewScorerSwitchedInAndServed()
    {
        using var harness = await SeedAsync(minGroups: 4);
        var scorers = harness.Get<ScorerProvider>();
        Assert.Null(scorers.Current);

        var result = await harness.Get<RankerRetraining>().RunAsync(default);

        Assert.True(result.Trained, result.Detail);
        Assert.Equal(Topics.Length, result.Examples);
        var location = new ModelLocation(Path.Combine(harness.Root, "models", "ranker"));
        Assert.Equal(result.Folder, location.Live());
        Assert.Equal(Path.GetFileName(result.Folder), File.ReadAllText(Path.Combine(location.Root, ModelLocation.PointerFile)));
        Assert.NotNull(scorers.Current);
        Assert.Equal(["matches"], scorers.Current.Descriptor.TrainedOn);
        Assert.Contains(RerankFeatures.FeedbackAdvanced, scorers.Current.Descriptor.Features);

        using var scope = harness.Scope();
        var hits = (await scope.ServiceProvider.GetRequiredService<RecommendationService>()
            .RecommendAsync(ListingKind.Demand, harness.Demands[0], [ListingKind.Achievement], 5, default)).Hits;
        Assert.NotEmpty(hits);
        var named = scorers.Current.Descriptor.Features.Append("scorer").ToHashSet();
        Assert.All(hits, h => Assert.All(h.Explanation.Signals, s => Assert.Contains(s.Name, named)));
    }

    [Fact]
    public async Task RunAsync_FewerLabelledDemandsThanTheMinimum_SkipsWithReasonAndWritesNothing()
    {
        using var harness = await SeedAsync(minGroups: 50);

        var result = await harness.Get<RankerRetraining>().RunAsync(default);

        Assert.False(result.Trained);
        Assert.Contains("fewer than Search:Rerank:RetrainMinGroups (50)", result.Detail);
        Assert.False(Directory.Exists(Path.Combine(harness.Root, "models", "ranker")) && Directory.EnumerateFileSystemEntries(Path.Combine(harness.Root, "models", "ranker")).Any());
        Assert.Null(harness.Get<ScorerProvider>().Current);
    }

    [Fact]
    public async Task RunAsync_FailsBeforeTheSwitch_OldScorerStaysLiveAndTheBuildIsRemoved()
    {
        using var harness = await SeedAsync(minGroups: 4);
        var retraining = harness.Get<RankerRetraining>();
        var first = await retraining.RunAsync(default);
        var live = harness.Get<ScorerProvider>().Current;
        var location = new ModelLocation(Path.Combine(harness.Root, "models", "ranker"));

        // A folder where the pointer's temp file must go: writing the new pointer fails as a full or broken disk would.
        Directory.CreateDirectory(Path.Combine(location.Root, ModelLocation.PointerFile + ".tmp"));
        await Assert.ThrowsAnyAsync<Exception>(() => retraining.RunAsync(default));

        Assert.Equal(first.Folder, location.Live());
        Assert.Same(live, harness.Get<ScorerProvider>().Current);
        Assert.Equal([first.Folder], Directory.EnumerateDirectories(location.Root, "build-*"));
    }

    [Fact]
    public async Task RunAsync_NoDecisionsButTheSeedSetOn_TrainsOnThePlantedPairs()
    {
        using var harness = await SeedAsync(minGroups: 4, decisions: false, seedSet: true);
        string folder = Path.Combine(harness.Root, "seed", "eval", "achievements");
        Directory.CreateDirectory(Path.Combine(folder, "qrels"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "corpus.jsonl"), harness.Planted.Select(p => $$"""{"_id":"{{p.Achievement}}","title":"","text":""}"""));
        await File.WriteAllLinesAsync(Path.Combine(folder, "queries.jsonl"), harness.Planted.Select(p => $$"""{"_id":"{{p.Demand}}","text":""}"""));
        await File.WriteAllLinesAsync(Path.Combine(folder, "qrels", "test.tsv"), ["query-id\tcorpus-id\tscore", .. harness.Planted.Select(p => $"{p.Demand}\t{p.Achievement}\t2")]);

        var result = await harness.Get<RankerRetraining>().RunAsync(default);

        Assert.True(result.Trained, result.Detail);
        Assert.Equal(Topics.Length, result.Examples);
        Assert.NotNull(harness.Get<ScorerProvider>().Current);
    }

    [Fact]
    public async Task RunAsync_NoDecisionsAndTheSeedSetOff_Skips()
    {
        using var harness = await SeedAsync(minGroups: 4, decisions: false);

        var result = await harness.Get<RankerRetraining>().RunAsync(default);

        Assert.False(result.Trained);
        Assert.StartsWith("0 demands", result.Detail);
    }

    /// <summary>Eight demands, each with a contracted, a rejected-as-not-useful and an untouched achievement match (when <paramref name="decisions"/>).</summary>
    internal static async Task<RetrainHarness> SeedAsync(int minGroups, bool decisions = true, bool seedSet = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var harness = new RetrainHarness(minGroups, seedSet, settings);
        var enterprise = await ListingServiceTests.RegisterAsync(harness.Database);
        var matches = new List<Match>();
        using (var scope = harness.Scope())
        {
            var listings = harness.Listings(scope);
            for (int t = 0; t < Topics.Length; t++)
            {
                string topic = Topics[t];
                var demand = Domain.ListingValidatorTests.ValidDemand();
                demand.EnterpriseId = enterprise.Id;
                demand.Title = $"寻求{topic}技术";
                demand.Description = $"我们需要{topic}方面的成熟方案，要求可在产线落地。";
                demand.Keywords = [topic];
                demand.Deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(120);
                var posted = await listings.PostDemandAsync(demand, default);
                harness.Demands.Add(posted.Id);
                for (int a = 0; a < 3; a++)
                {
                    var achievement = await listings.PublishAchievementAsync(new Achievement
                    {
                        Title = $"{topic}方法{a}", Abstract = $"一种{topic}的{(a == 0 ? "在线产线" : "实验室")}方法，第{a}代。",
                        Trl = 4 + a, AskingPrice = 200_000m * (a + 1), Keywords = [topic],
                    }, default);
                    if (a == 0)
                    {
                        harness.Planted.Add((posted.Id, achievement.Id));
                    }

                    var stage = a == 0 ? MatchStage.Contracted : a == 1 ? MatchStage.Rejected : MatchStage.Suggested;
                    matches.Add(new Match
                    {
                        Id = Guid.NewGuid(), DemandId = posted.Id, CandidateKind = CandidateKind.Achievement, CandidateId = achievement.Id,
                        Stage = stage, Feedback = a == 1 ? -1 : 0, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                    });
                }
            }
        }

        if (decisions)
        {
            await using var db = harness.Database.CreateContext();
            db.Matches.AddRange(matches);
            await db.SaveChangesAsync();
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }

    internal sealed class RetrainHarness(int minGroups, bool seedSet, IReadOnlyDictionary<string, string?>? settings) : SearchHarness(new Dictionary<string, string?>
    {
        ["Storage:SeedDirectory"] = "seed",
        ["Search:Rerank:RetrainWithSeedSet"] = seedSet ? "true" : "false",
        ["Search:Rerank:Mode"] = "Hybrid",
        ["Search:Rerank:ScorerPath"] = "models/ranker",
        ["Search:Rerank:RetrainMinGroups"] = minGroups.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Search:Rerank:RetrainTrees"] = "20",

        // Eight demands are too few to hold some out and compare: these tests are about training and the switch.
        ["Search:Rerank:RetrainMinDecisions"] = "1",
        ["Search:Rerank:RetrainSwitch"] = "Always",
    }.Concat(settings ?? new Dictionary<string, string?>()).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value))
    {
        public List<Guid> Demands { get; } = [];

        /// <summary>Each demand's best achievement: the pair a seed set would plant.</summary>
        public List<(Guid Demand, Guid Achievement)> Planted { get; } = [];
    }
}
