using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Matches;

/// <summary>The broker workflow as a table: suggested → shortlisted → introduced → negotiating → contracted → closed, or rejected.</summary>
public static class MatchWorkflow
{
    private static readonly MatchStage[] Order =
        [MatchStage.Suggested, MatchStage.Shortlisted, MatchStage.Introduced, MatchStage.Negotiating, MatchStage.Contracted, MatchStage.Closed];

    /// <summary>The stage after <paramref name="stage"/>, or null when it is terminal.</summary>
    public static MatchStage? Next(MatchStage stage)
    {
        int i = Array.IndexOf(Order, stage);
        return i >= 0 && i < Order.Length - 1 ? Order[i + 1] : null;
    }

    public static bool IsTerminal(MatchStage stage) => stage is MatchStage.Closed or MatchStage.Rejected;

    /// <summary>From introduced on, each party may see the other's contact details.</summary>
    public static bool RevealsContacts(MatchStage stage) =>
        stage is MatchStage.Introduced or MatchStage.Negotiating or MatchStage.Contracted or MatchStage.Closed;

    /// <summary>From shortlisted on, the handling broker sees both sides' contacts: making the introduction is the broker's job.</summary>
    public static readonly MatchStage[] BrokerContactStages =
        [MatchStage.Shortlisted, MatchStage.Introduced, MatchStage.Negotiating, MatchStage.Contracted, MatchStage.Closed];

    /// <summary>The stages at which a match occupies its expert: what his capacity counts.</summary>
    public static readonly MatchStage[] ActiveStages = [MatchStage.Introduced, MatchStage.Negotiating, MatchStage.Contracted];

    /// <summary>The stages at which contacts are revealed, for use in queries.</summary>
    public static readonly MatchStage[] ContactStages =
        [MatchStage.Introduced, MatchStage.Negotiating, MatchStage.Contracted, MatchStage.Closed];
}
