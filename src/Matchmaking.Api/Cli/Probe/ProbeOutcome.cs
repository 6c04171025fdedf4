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
