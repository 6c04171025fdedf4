namespace Matchmaking.Api.Cli.Probe;

/// <summary>
/// The listings, matches and deal a probe run creates through the API before its cases; every id is
/// a global id. Subjects end in the run's tag, so runs against one service do not meet. The cursors are
/// real ones of one orderBy each, for the cases that send them to another; <see cref="LedgerEntry"/> is
/// null when no payment on the service has settled yet.
/// </summary>
public sealed record ProbeWorld(
    string Tag,
    string Enterprise,
    string CreditCode,
    string[] Demands,
    string Expert,
    string SecondExpert,
    string Achievement,
    ProbeMatches Matches,
    string Deal,
    string Payment,
    string PaymentKey,
    string? LedgerEntry,
    ProbeCursors Cursors)
{
    public const string PaymentAmount = "100.00";
    public const string DealValue = "1000000.00";

    public string EnterpriseOwner => "probe-ent-" + Tag;

    public string ResearcherOwner => "probe-res-" + Tag;

    public string SecondResearcher => "probe-res2-" + Tag;

    public string Broker => "probe-broker-" + Tag;

    public string OtherBroker => "probe-broker2-" + Tag;

    public string Team => "probe-team-" + Tag;

    public string Demand => Demands[0];
}
