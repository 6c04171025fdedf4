using System.Security.Claims;
using Matchmaking.Api.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Matchmaking.Api.Jobs;

/// <summary>
/// A browser cannot send a bearer header when it follows a link, so an admin trades the API token for a cookie:
/// a JWT signed with the same key, for a separate audience (the API refuses it as a bearer token and the
/// dashboard refuses an API token as a cookie), valid for minutes. Every node shares the signing key, so a
/// cookie from one node opens the dashboard on any node behind the load balancer.
/// </summary>
public sealed class DashboardSession(IOptions<JwtOptions> jwt, IOptions<DashboardSessionOptions> options,
    IOptionsMonitor<JwtBearerOptions> bearer, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public string CookieName => options.Value.CookieName;

    public TimeSpan Lifetime => options.Value.Lifetime;

    private string Audience => jwt.Value.Audience + "-dashboard";

    public string Issue(string subject)
    {
        var o = jwt.Value;
        DateTime now = clock.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject), new Claim("role", Roles.Admin)]),
            SigningCredentials = new SigningCredentials(TokenIssuer.SigningKey(o), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>True when <paramref name="cookie"/> is a dashboard token, unexpired, for an admin.</summary>
    public async Task<bool> IsAdminCookieAsync(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie))
        {
            return false;
        }

        var o = jwt.Value;
        var result = await Handler.ValidateTokenAsync(cookie, new TokenValidationParameters
        {
            ValidIssuer = o.Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = TokenIssuer.SigningKey(o),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            RoleClaimType = "role",
            // The host's clock, not DateTime.UtcNow, so that the lifetime is testable and matches Issue.
            LifetimeValidator = (notBefore, expires, _, p) =>
            {
                DateTime now = clock.GetUtcNow().UtcDateTime;
                return expires is { } e && now < e + p.ClockSkew && (notBefore is not { } nb || nb - p.ClockSkew <= now);
            },
        });
        return result.IsValid && result.ClaimsIdentity.HasClaim("role", Roles.Admin);
    }

    /// <summary>Validates an API token posted in a form, exactly as the bearer handler validates the header.</summary>
    public async Task<ClaimsPrincipal?> ValidateApiTokenAsync(string token)
    {
        var parameters = bearer.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
        var result = await Handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }
}
