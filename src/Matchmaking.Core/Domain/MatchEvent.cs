namespace Matchmaking.Core.Domain;

/// <summary>
/// One entry of a match's history (撮合记录): who did what to it, when. Written in the same transaction as
/// the change it records and never updated or deleted, so the history is the workflow as it happened and
/// analytics can measure how long each stage took.
/// </summary>
public sealed class MatchEvent
{
    public Guid Id { get; set; }

    public Guid MatchId { get; set; }

    public MatchEventKind Kind { get; set; }

    /// <summary>Who acted: the broker, admin or party's subject (user id).</summary>
    public required string ActorSubject { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The stage before the change; null for a proposal and for feedback.</summary>
    public MatchStage? FromStage { get; set; }

    /// <summary>The stage after the change (SUGGESTED for a proposal); null for feedback.</summary>
    public MatchStage? ToStage { get; set; }

    public RejectReason? Reason { get; set; }

    /// <summary>For feedback: +1 useful, -1 not useful.</summary>
    public int? Feedback { get; set; }

    /// <summary>For a claim or an assignment: the handling broker before (null when it had none).</summary>
    public string? FromBroker { get; set; }

    /// <summary>For a claim or an assignment: the handling broker after (null when an admin released it).</summary>
    public string? ToBroker { get; set; }

    /// <summary>For feedback: which party gave it.</summary>
    public FeedbackSide? Side { get; set; }

    /// <summary>The note that came with the change (the proposal's, the rejection's or the feedback's).</summary>
    public string? Note { get; set; }
}
