using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Core.Tests.Search.Rerank;

public sealed class MatchGradesTests
{
    [Theory]
    [InlineData(MatchStage.Contracted, 0, 4)]
    [InlineData(MatchStage.Closed, 1, 4)]
    [InlineData(MatchStage.Negotiating, 0, 3)]
    [InlineData(MatchStage.Introduced, 0, 2)]
    [InlineData(MatchStage.Shortlisted, 0, 1)]
    [InlineData(MatchStage.Suggested, 1, 1)]    // a party found it useful before any broker acted
    [InlineData(MatchStage.Suggested, 0, 0)]
    [InlineData(MatchStage.Rejected, 0, 0)]
    [InlineData(MatchStage.Negotiating, -1, 0)] // "not useful" outweighs the stage
    public void Of_StageAndFeedback_Grade(MatchStage stage, int feedback, float grade) => Assert.Equal(grade, MatchGrades.Of(stage, feedback));

    [Theory]
    [InlineData(MatchStage.Rejected, 0, RejectReason.NotRelevant, MatchStage.Introduced, 0f)]    // "not relevant" outweighs how far it got
    [InlineData(MatchStage.Rejected, 0, RejectReason.Price, MatchStage.Introduced, 2f)]          // the price, not the topic: it was relevant
    [InlineData(MatchStage.Rejected, 0, RejectReason.Capacity, MatchStage.Shortlisted, 1f)]
    [InlineData(MatchStage.Rejected, 0, RejectReason.Price, MatchStage.Suggested, null)]         // turned down on price before anyone judged the topic
    [InlineData(MatchStage.Rejected, 1, RejectReason.IpUnclear, MatchStage.Suggested, 1f)]       // a party found it useful
    [InlineData(MatchStage.Rejected, -1, RejectReason.Price, MatchStage.Negotiating, 0f)]        // "not useful" is always a negative
    [InlineData(MatchStage.Suggested, 0, null, null, null)]                                       // nobody acted: no decision
    [InlineData(MatchStage.Contracted, 0, null, null, 4f)]
    [InlineData(MatchStage.Introduced, 0, null, null, 2f)]
    public void Label_DecisionAndReason_GradeOrNone(MatchStage stage, int feedback, RejectReason? reason, MatchStage? from, float? grade) =>
        Assert.Equal(grade, MatchGrades.Label(stage, feedback, reason, from, [RejectReason.NotRelevant]));
}
