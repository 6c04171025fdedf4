namespace Matchmaking.Api.Cli.Probe;

/// <summary>
/// Matches by purpose: Contracted has the deal (and opens contacts between the first demand and the
/// expert); Suggested stays put; the others exist so that a case that wrongly succeeds changes only them.
/// </summary>
public sealed record ProbeMatches(string Contracted, string Suggested, string ForeignAdvance, string ForeignReject, string RaceDeal, string RaceStage);
