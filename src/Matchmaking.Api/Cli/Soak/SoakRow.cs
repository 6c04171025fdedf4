namespace Matchmaking.Api.Cli.Soak;

/// <summary>One request type's totals: requests, unexpected errors, 429s, hangs and latency in milliseconds.</summary>
public sealed record SoakRow(string Type, int Requests, int Unexpected, int RateLimited, int Hangs, double P50, double P99, double Max);
