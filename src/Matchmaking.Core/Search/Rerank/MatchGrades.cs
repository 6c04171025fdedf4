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
}
