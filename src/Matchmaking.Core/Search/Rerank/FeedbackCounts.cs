namespace Matchmaking.Core.Search.Rerank;

/// <summary>Broker decisions on the matches involving one listing (or one pair of listings).</summary>
public readonly record struct FeedbackCounts(int Advanced, int Contracted, int Rejected, int Net)
{
    public static FeedbackCounts operator +(FeedbackCounts a, FeedbackCounts b) =>
        new(a.Advanced + b.Advanced, a.Contracted + b.Contracted, a.Rejected + b.Rejected, a.Net + b.Net);

    public static FeedbackCounts operator -(FeedbackCounts a, FeedbackCounts b) =>
        new(a.Advanced - b.Advanced, a.Contracted - b.Contracted, a.Rejected - b.Rejected, a.Net - b.Net);

    public static FeedbackCounts Of(Domain.MatchStage stage, int feedback) => new(
        stage is Domain.MatchStage.Shortlisted or Domain.MatchStage.Introduced or Domain.MatchStage.Negotiating or Domain.MatchStage.Contracted or Domain.MatchStage.Closed ? 1 : 0,
        stage is Domain.MatchStage.Contracted or Domain.MatchStage.Closed ? 1 : 0,
        stage is Domain.MatchStage.Rejected ? 1 : 0,
        Math.Sign(feedback));
}
