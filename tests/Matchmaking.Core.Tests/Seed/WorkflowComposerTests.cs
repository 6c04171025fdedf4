using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Seed;

namespace Matchmaking.Core.Tests.Seed;

/// <summary>The seeded broker workflow: a history that could have happened, over the year before the reference day.</summary>
public sealed class WorkflowComposerTests
{
    private static readonly SeedGenerator Generator = new(SeedSize.Default, SeedGenerator.DefaultSeed);

    [Fact]
    public void Workflow_Default_EveryStageOverTheYearBeforeTheReference()
    {
        var seeded = Generator.Workflow().ToList();
        var end = new DateTimeOffset(SeedGenerator.ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

        Assert.InRange(seeded.Count, 300, 700);
        Assert.All(Enum.GetValues<MatchStage>(), stage => Assert.Contains(seeded, s => s.Match.Stage == stage));
        Assert.All(seeded, s => Assert.InRange(s.Match.CreatedAt, end.AddDays(-365), end));
        Assert.Equal(12, seeded.Select(s => (s.Match.CreatedAt.Year * 12) + s.Match.CreatedAt.Month).Distinct().Count());
        Assert.Equal(seeded.Count, seeded.Select(s => (s.Match.DemandId, s.Match.CandidateId)).Distinct().Count());
    }

    [Fact]
    public void Workflow_Default_HistoryWalksTheStagesToTheMatchsStage()
    {
        foreach (var s in Generator.Workflow())
        {
            var history = s.History;
            Assert.Equal((MatchEventKind.Proposed, MatchStage.Suggested, s.Match.CreatedAt), (history[0].Kind, history[0].ToStage!.Value, history[0].At));
            for (int i = 1; i < history.Count; i++)
            {
                Assert.Equal(history[i - 1].ToStage, history[i].FromStage);
                Assert.True(history[i].At > history[i - 1].At);
                var expected = history[i].Kind == MatchEventKind.Rejected ? MatchStage.Rejected : MatchWorkflow.Next(history[i].FromStage!.Value);
                Assert.Equal(expected, history[i].ToStage);
            }

            Assert.Equal((s.Match.Stage, s.Match.UpdatedAt), (history[^1].ToStage!.Value, history[^1].At));
            Assert.All(history, e => Assert.Equal(s.Match.BrokerSubject, e.ActorSubject));
        }
    }

    [Fact]
    public void Workflow_Default_DealsOnContractedMatchesPaidAtMostTheirValue()
    {
        var seeded = Generator.Workflow().ToList();
        var policy = Generator.WorkflowPolicy();

        Assert.All(seeded.Where(s => s.Deal is not null), s =>
        {
            Assert.Contains(s.Match.Stage, new[] { MatchStage.Contracted, MatchStage.Closed });
            Assert.Equal((s.Match.Id, policy.Id), (s.Deal!.MatchId, s.Deal.PolicyId));
            Assert.All(policy.Shares, share => Assert.Single(s.Deal.Parties, p => p.Role == share.Role));
            Assert.InRange(s.Payments.Sum(p => p.Amount), 0m, s.Deal.Value);
            Assert.Equal(s.Match.Stage == MatchStage.Closed ? s.Deal.Value : s.Payments.Sum(p => p.Amount), s.Payments.Sum(p => p.Amount));
        });
        Assert.All(seeded.Where(s => s.Match.Stage is MatchStage.Contracted or MatchStage.Closed), s => Assert.NotNull(s.Deal));
        Assert.Contains(seeded, s => s.Payments.Count == 2);
    }

    [Fact]
    public void Workflow_Default_PlantedPairsAndOffTopicProposalsRejectedAsNotRelevant()
    {
        var planted = Generator.AchievementPairs().Concat(Generator.ExpertPairs()).Select(p => (p.DemandId, p.CandidateId)).ToHashSet();
        var seeded = Generator.Workflow().ToList();
        var offTopic = seeded.Where(s => !planted.Contains((s.Match.DemandId, s.Match.CandidateId))).ToList();

        // Real negatives for the retrain: every off-topic proposal is turned down as 方向不符 before the reference day, and no planted answer is.
        Assert.InRange(offTopic.Count, 100, 400);
        Assert.All(offTopic, s => Assert.Equal((MatchStage.Rejected, RejectReason.NotRelevant, CandidateKind.Achievement), (s.Match.Stage, s.Match.RejectReason, s.Match.CandidateKind)));
        Assert.All(offTopic, s => Assert.Equal(RejectReason.NotRelevant, s.History[^1].Reason));
        Assert.Contains(offTopic, s => s.History[^1].FromStage == MatchStage.Shortlisted);
        Assert.DoesNotContain(seeded.Except(offTopic), s => s.Match.RejectReason == RejectReason.NotRelevant);
        Assert.All(offTopic, s => Assert.Contains(seeded.Except(offTopic), p => p.Match.DemandId == s.Match.DemandId));
    }
}
