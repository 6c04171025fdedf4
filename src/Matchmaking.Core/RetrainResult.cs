namespace Matchmaking.Core;

/// <summary>What a retrain job did: trained and switched in a new model, or skipped and why.</summary>
public sealed record RetrainResult(bool Trained, string Detail, string? Folder = null, int Examples = 0, double Seconds = 0)
{
    /// <summary>The scorer retrain's comparison on held-out decisions, when it got that far.</summary>
    public Search.Rerank.RankerEvaluation? Evaluation { get; init; }

    public static RetrainResult Skipped(string reason) => new(false, reason);
}
