namespace Matchmaking.Core.Domain;

/// <summary>A demand paired with an achievement or an expert, moved through its stages by a broker.</summary>
public sealed class Match
{
    public Guid Id { get; set; }

    public Guid DemandId { get; set; }

    public Demand? Demand { get; set; }

    public CandidateKind CandidateKind { get; set; }

    public Guid CandidateId { get; set; }

    public double Score { get; set; }

    /// <summary>The explanation the pipeline produced when the match was made, as JSON.</summary>
    public string Explanation { get; set; } = "{}";

    public MatchOrigin Origin { get; set; }

    public MatchStage Stage { get; set; }

    public RejectReason? RejectReason { get; set; }

    public string? RejectNote { get; set; }

    /// <summary>The broker's subject (user id).</summary>
    public string? BrokerSubject { get; set; }

    /// <summary>Feedback from the parties: +1 useful, -1 not useful, 0 none.</summary>
    public int Feedback { get; set; }

    /// <summary>Free text that came with the last feedback, e.g. why a match was not useful.</summary>
    public string? FeedbackNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
