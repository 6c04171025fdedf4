using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// A broker decision as a relevance grade for the ranker: the further a match got, the higher; rejected
/// or marked not useful is 0, as is a suggestion nobody acted on.
/// </summary>
public static class MatchGrades
{
    public static float Of(MatchStage stage, int feedback) => feedback < 0 ? 0 : stage switch
    {
        MatchStage.Contracted or MatchStage.Closed => 4,
        MatchStage.Negotiating => 3,
        MatchStage.Introduced => 2,
        MatchStage.Shortlisted => 1,
        MatchStage.Suggested => feedback > 0 ? 1 : 0,
        _ => 0,
    };

    /// <summary>
    /// What a match says about relevance, or null when it says nothing. A rejection counts as a negative only
    /// for a reason in <paramref name="notRelevant"/> (by default NOT_RELEVANT): a pair turned down for its
    /// price, its IP, the team's capacity or a paused project was judged on the right topic, so it keeps the
    /// grade of the stage it had reached before (<paramref name="rejectedFrom"/>), and one rejected straight
    /// from SUGGESTED for such a reason is no decision at all. Negative feedback is always a negative.
    /// </summary>
    public static float? Label(MatchStage stage, int feedback, RejectReason? reason, MatchStage? rejectedFrom, IReadOnlyCollection<RejectReason> notRelevant)
    {
        if (feedback < 0)
        {
            return 0;
        }

        if (stage == MatchStage.Rejected)
        {
            if (reason is { } r && notRelevant.Contains(r))
            {
                return 0;
            }

            float reached = rejectedFrom is { } from and not MatchStage.Rejected ? Of(from, feedback) : feedback > 0 ? 1 : 0;
            return reached > 0 ? reached : null;
        }

        float grade = Of(stage, feedback);
        return grade > 0 ? grade : null;
    }
}
