namespace Matchmaking.Api.Cli.Probe;

/// <summary>One case's outcome, with what came back (statuses and codes) and how long it took.</summary>
public sealed record ProbeResult(ProbeCase Case, ProbeOutcome Outcome, string Got, double Milliseconds);
