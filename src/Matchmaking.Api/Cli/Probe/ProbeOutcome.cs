namespace Matchmaking.Api.Cli.Probe;

/// <summary>How a case came out. Only <see cref="Internal"/> and <see cref="Hang"/> fail a run.</summary>
public enum ProbeOutcome
{
    /// <summary>The expected code (or status, or a clean answer where one is expected).</summary>
    Clear,

    /// <summary>An answer, but not the expected one: another code, or data where an error was due.</summary>
    Other,

    /// <summary>INTERNAL, a 5xx, or a connection the server dropped.</summary>
    Internal,

    /// <summary>No answer within the timeout.</summary>
    Hang,
}

/// <summary>One case's outcome, with what came back (statuses and codes) and how long it took.</summary>
public sealed record ProbeResult(ProbeCase Case, ProbeOutcome Outcome, string Got, double Milliseconds);
