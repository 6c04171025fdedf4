namespace Matchmaking.Api.Cli.Soak;

/// <summary>How one soak request ended. Only <see cref="Unexpected"/> and <see cref="Hang"/> count against the service.</summary>
public enum SoakOutcome
{
    Ok,
    Unexpected,
    RateLimited,
    Hang,
}
