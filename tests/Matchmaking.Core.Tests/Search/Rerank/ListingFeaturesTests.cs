using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Search.Rerank;
using Matchmaking.Core.Tests.Storage;
using F = Matchmaking.Core.Search.Rerank.RerankFeatures;

namespace Matchmaking.Core.Tests.Search.Rerank;

/// <summary>Constraint fits and broker feedback as rerank features, over a real index and a real SQLite file.</summary>
public sealed class ListingFeaturesTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Extract_DemandQuery_ConstraintFitsMetAndMissed()
    {
        using var harness = await SeedAsync();
        var rows = Extract(harness, RecommendationService.FromDemand(harness.Demand, [ListingKind.Achievement], 10));

        Assert.Equal([1f, 1f, 1f, 1f, 1f], Fits(rows[harness.Fitting]));
        Assert.Equal([-1f, -1f, -1f, -1f, 1f], Fits(rows[harness.Missing]));
    }

    [Fact]
    public async Task Extract_AchievementQueryOverDemands_DeadlineOfTheCandidateDemand()
    {
        using var harness = await SeedAsync();
        var achievement = new Achievement { Id = harness.Fitting, Title = "锂电池极片缺陷视觉检测系统", Abstract = "极片缺陷检测", Trl = 7, AskingPrice = 300_000m, Region = "合肥", CooperationModes = CooperationModes.JointDevelopment };

        var rows = Extract(harness, RecommendationService.FromAchievement(achievement, 10));

        // The demand asks TRL ≥ 6 (offered 7), budget 100k–500k (asking 300k), is due in 90 days (lead 30).
        Assert.Equal([1f, 1f, 1f, 1f, 1f], Fits(rows[harness.Demand.Id]));
    }

    [Fact]
    public async Task Extract_FreeText_ConstraintFitsZero()
    {
        using var harness = await SeedAsync();
        var rows = Extract(harness, new SearchRequest("锂电池 缺陷检测", [ListingKind.Achievement]) { Today = Today });

        Assert.All(rows.Values, row => Assert.Equal([0f, 0f, 0f, 0f, 0f], Fits(row)));
    }

    [Fact]
    public async Task Extract_BrokerDecisions_LogCountsLessTheQueryListingsOwnMatch()
    {
        using var harness = await SeedAsync();
        var other = await harness.PostDemandAsync("锂电池涂布面密度在线测量");
        var third = await harness.PostDemandAsync("锂电池极耳焊接质量检测");
        await harness.AddMatchesAsync(
            (other, harness.Fitting, MatchStage.Shortlisted, 1),
            (third, harness.Fitting, MatchStage.Contracted, 1),
            (harness.Demand.Id, harness.Fitting, MatchStage.Rejected, -1), // the query's own: left out
            (other, harness.Missing, MatchStage.Rejected, -1),
            (third, harness.Missing, MatchStage.Rejected, 0));
        harness.Get<BrokerFeedback>().Refresh();

        var rows = Extract(harness, RecommendationService.FromDemand(harness.Demand, [ListingKind.Achievement], 10));

        Assert.Equal([MathF.Log(3), MathF.Log(2), 0f, MathF.Log(3)], Feedback(rows[harness.Fitting]));
        Assert.Equal([0f, 0f, MathF.Log(3), -MathF.Log(2)], Feedback(rows[harness.Missing]));
    }

    [Fact]
    public void Score_ScorerTrainedBeforeTheListingFeatures_ReadsOnlyItsOwnColumns()
    {
        string folder = Path.Combine(Path.GetTempPath(), "mm-old-ranker-" + Guid.NewGuid().ToString("N"));
        try
        {
            var random = new Random(3);
            string[] before = F.All[..F.IndexOf(F.TrlFit)];
            var groups = Enumerable.Range(0, 40).Select(g => new RankingGroup($"q{g}",
                Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, F.All.Length).Select(_ => random.NextSingle()).ToArray()).ToList(),
                Enumerable.Range(0, 10).Select(i => i == 0 ? 1f : 0f).ToList())).ToList();
            RankerTrainer.Train(groups, before, ["synthetic"], folder, trees: 10);
            using var scorer = OnnxScorer.TryLoad(folder)!;
            var rows = groups[0].Rows;
            var changed = rows.Select(r =>
            {
                var copy = (float[])r.Clone();
                copy.AsSpan(F.IndexOf(F.TrlFit)).Fill(-1f);
                return copy;
            }).ToList();

            Assert.Equal(scorer.Score(rows), scorer.Score(changed));
            Assert.DoesNotContain(F.TrlFit, scorer.Descriptor.Features);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<Guid, float[]> Extract(ListingHarness harness, SearchRequest request)
    {
        request = request with { Today = Today };
        var query = harness.Get<QueryAnalyzer>().Analyze(request);
        var candidates = harness.Get<LexicalRetriever>().Retrieve(query, 200).Candidates;
        var rows = harness.Get<FeatureExtractor>().Extract(query, candidates).Rows;
        return candidates.Select((c, i) => (c.Id, rows[i])).ToDictionary(p => p.Id, p => p.Item2);
    }

    private static float[] Fits(float[] row) =>
        [row[F.IndexOf(F.TrlFit)], row[F.IndexOf(F.BudgetFit)], row[F.IndexOf(F.RegionFit)], row[F.IndexOf(F.CooperationFit)], row[F.IndexOf(F.DeadlineFit)]];

    private static float[] Feedback(float[] row) =>
        [row[F.IndexOf(F.FeedbackAdvanced)], row[F.IndexOf(F.FeedbackContracted)], row[F.IndexOf(F.FeedbackRejected)], row[F.IndexOf(F.FeedbackNet)]];

    private static async Task<ListingHarness> SeedAsync()
    {
        var harness = new ListingHarness();
        harness.EnterpriseId = (await ListingServiceTests.RegisterAsync(harness.Database)).Id;
        using (var scope = harness.Scope())
        {
            var listings = harness.Listings(scope);
            harness.Fitting = (await listings.PublishAchievementAsync(new Achievement
            {
                Title = "锂电池极片缺陷视觉检测系统", Abstract = "卷积神经网络识别极片划痕与漏涂，检出率 98%。", Trl = 7, AskingPrice = 300_000m,
                Region = "合肥", CooperationModes = CooperationModes.JointDevelopment | CooperationModes.License, Keywords = ["缺陷检测"],
            }, default)).Id;
            harness.Missing = (await listings.PublishAchievementAsync(new Achievement
            {
                Title = "锂电池缺陷检测算法", Abstract = "极片缺陷检测的实验室算法。", Trl = 4, AskingPrice = 2_000_000m,
                Region = "芜湖", CooperationModes = CooperationModes.Transfer, Keywords = ["缺陷检测"],
            }, default)).Id;
        }

        var demand = Domain.ListingValidatorTests.ValidDemand();
        demand.EnterpriseId = harness.EnterpriseId;
        demand.Deadline = Today.AddDays(90);
        harness.Demand = await harness.PostAsync(demand);
        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }

    private sealed class ListingHarness() : SearchHarness(new Dictionary<string, string?> { ["Search:Rerank:Mode"] = "Hybrid" })
    {
        public Guid EnterpriseId { get; set; }

        public Demand Demand { get; set; } = null!;

        public Guid Fitting { get; set; }

        public Guid Missing { get; set; }

        public async Task<Demand> PostAsync(Demand demand)
        {
            using var scope = Scope();
            return await Listings(scope).PostDemandAsync(demand, default);
        }

        public async Task<Guid> PostDemandAsync(string title)
        {
            var demand = Domain.ListingValidatorTests.ValidDemand();
            demand.EnterpriseId = EnterpriseId;
            demand.Title = title;
            demand.Deadline = Today.AddDays(60);
            return (await PostAsync(demand)).Id;
        }

        public async Task AddMatchesAsync(params (Guid Demand, Guid Candidate, MatchStage Stage, int Feedback)[] matches)
        {
            await using var db = Database.CreateContext();
            foreach (var (demand, candidate, stage, feedback) in matches)
            {
                db.Matches.Add(new Match
                {
                    Id = Guid.NewGuid(), DemandId = demand, CandidateKind = CandidateKind.Achievement, CandidateId = candidate,
                    Stage = stage, Feedback = feedback, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }
    }
}
