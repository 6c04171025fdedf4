using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Matches;

/// <summary>
/// Who a match's parties are, derived from the data rather than typed: the owner of the demand's enterprise
/// (demand side), the owner of the achievement or expert profile and the team's experts (supply side), the
/// achievement's or expert's institution, and the handling broker.
/// </summary>
public sealed record MatchParties(Match Match, Guid EnterpriseId, string? DemandOwner, string? SupplyOwner, IReadOnlyList<string> TeamSubjects, Guid? InstitutionId)
{
    public string? Broker => Match.BrokerSubject;

    /// <summary>The side <paramref name="subject"/> is on, or null when they are no party (the demand side wins when one user is on both).</summary>
    public FeedbackSide? SideOf(string subject) =>
        subject == DemandOwner ? FeedbackSide.Demand
        : subject == SupplyOwner || TeamSubjects.Contains(subject) ? FeedbackSide.Supply
        : subject == Broker ? FeedbackSide.Broker
        : null;
}
