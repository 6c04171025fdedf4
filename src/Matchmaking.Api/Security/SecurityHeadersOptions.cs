using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.Security;

/// <summary>Response headers sent on every response; HSTS outside Development only.</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>
    /// Fits the GraphiQL page and the Hangfire dashboard: scripts, workers and fonts from this origin only (Monaco's
    /// workers are built files; it also makes blob: workers), inline styles (Monaco and the dashboard set style
    /// attributes), no framing, no plugins.
    /// </summary>
    [Required]
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Strict-Transport-Security max-age (sent on HTTPS responses outside Development).</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
