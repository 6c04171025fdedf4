using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Analytics;

/// <summary>The figures of one analytics question: one row per group and the same figures over all of them.</summary>
public sealed record AnalyticsReport(AnalyticsRequest Request, IReadOnlyList<AnalyticsGroup> Groups, AnalyticsGroup Total);

/// <summary>
/// The figures of one group. Demand figures count the demands posted in the period; every match figure counts
/// the matches proposed in the period (a cohort), whatever happened to them since.
/// </summary>
public sealed record AnalyticsGroup(
    string Key,
    long DemandsPosted,
    long DemandsMatched,
    IReadOnlyList<StageFigures> Stages,
    IReadOnlyList<RejectionFigures> Rejections,
    IReadOnlyList<StepFigures> Steps,
    long Deals,
    decimal DealValue,
    IReadOnlyList<RevenueFigures> Revenue)
{
    /// <summary>Matches that reached CONTRACTED (signed contracts).</summary>
    public long Contracts => Stages.FirstOrDefault(s => s.Stage == MatchStage.Contracted)?.Reached ?? 0;

    public long Matches => Stages.Sum(s => s.Current);
}

/// <summary>Matches now at <paramref name="Stage"/>, and matches that ever reached it (from their history).</summary>
public sealed record StageFigures(MatchStage Stage, long Current, long Reached);

public sealed record RejectionFigures(RejectReason Reason, long Count);

/// <summary>
/// One step of the funnel: the share of matches that reached <paramref name="From"/> and then <paramref name="To"/>
/// (null when none reached <paramref name="From"/>), and the median days the step took (null when none made it).
/// </summary>
public sealed record StepFigures(MatchStage From, MatchStage To, double? ConversionRate, double? MedianDays);

/// <summary>Settled revenue (net of refunds) credited to one role, in CNY.</summary>
public sealed record RevenueFigures(PartyRole Role, decimal Amount);
