using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.GraphQL;

/// <summary>
/// The /graphql rate limit: a fixed window per caller — the token's subject, else the client address.
/// Behind a reverse proxy every anonymous caller shares the proxy's address unless forwarded headers
/// are configured.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Null (the default): on, except in the Development environment (tests, local work).</summary>
    public bool? Enabled { get; set; }

    /// <summary>Requests per window for a signed-in caller (one token subject).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerWindow { get; set; } = 300;

    /// <summary>Requests per window for one anonymous client address.</summary>
    [Range(1, 1_000_000)]
    public int AnonymousPermitsPerWindow { get; set; } = 120;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsEnabled(IHostEnvironment environment) => Enabled ?? !environment.IsDevelopment();
}
