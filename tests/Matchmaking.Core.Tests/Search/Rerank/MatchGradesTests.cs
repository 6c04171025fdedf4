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
}
