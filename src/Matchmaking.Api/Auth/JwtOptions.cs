using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.Auth;

/// <summary>JWT bearer settings. The development key is for local use only; set Jwt:SigningKey in production.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    [Required]
    public string Issuer { get; set; } = "matchmaking";

    [Required]
    public string Audience { get; set; } = "matchmaking-api";

    /// <summary>HS256 key, at least 32 bytes of UTF-8.</summary>
    [Required]
    [MinLength(32)]
    public string SigningKey { get; set; } = "";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Leeway for clocks that disagree when checking expiry and not-before. The handler's default is five
    /// minutes, which keeps an expired token working that long; we issue and check on the same clocks.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
