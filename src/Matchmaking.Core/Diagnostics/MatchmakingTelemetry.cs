namespace Matchmaking.Core.Diagnostics;

/// <summary>
/// Names of the service's own meter and activity source. Core records through
/// System.Diagnostics only; the host decides whether anything listens (OpenTelemetry, dotnet-counters).
/// </summary>
public static class MatchmakingTelemetry
{
    public const string MeterName = "Matchmaking";

    public const string ActivitySourceName = "Matchmaking";
}
