namespace Matchmaking.Api.Cli.Probe;

/// <summary>
/// Cursors as the service handed them out, each of one list and orderBy: demands by TITLE_ASC, matches
/// by the default UPDATED_AT_DESC, deals by the default CREATED_AT_DESC, and a search's position cursor.
/// </summary>
public sealed record ProbeCursors(string DemandsByTitle, string Matches, string Deals, string Search);
