using System.Text;
using Matchmaking.Api.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>Tokens as the server's issuer mints them (same Jwt options), and the bad ones a caller might send.</summary>
public sealed class ProbeTokens(JwtOptions options)
{
    private readonly TokenIssuer issuer = new(Options.Create(options), TimeProvider.System);

    public string For(string role, string subject) => issuer.Issue(role, subject);

    /// <summary>Expired an hour ago: past any clock skew.</summary>
    public string ExpiredLongAgo => Shifted(-(options.Lifetime + TimeSpan.FromHours(1)));

    /// <summary>Expired a minute ago: inside the bearer handler's default 5-minute skew.</summary>
    public string ExpiredAMinuteAgo => Shifted(-(options.Lifetime + TimeSpan.FromMinutes(1)));

    /// <summary>Not valid for another hour.</summary>
    public string NotYetValid => Shifted(TimeSpan.FromHours(1));

    public string WrongSignature => With(o => o.SigningKey = "not-the-server-key-" + new string('x', 32));

    public string WrongIssuer => With(o => o.Issuer = "someone-else");

    public string WrongAudience => With(o => o.Audience = "another-api");

    /// <summary>An unsigned token ("alg": "none") claiming ADMIN.</summary>
    public string AlgNone =>
        Base64Url("""{"alg":"none","typ":"JWT"}""") + "." +
        Base64Url($$"""{"sub":"probe-none","role":"ADMIN","iss":"{{options.Issuer}}","aud":"{{options.Audience}}","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}""") + ".";

    /// <summary>Correctly signed, with exactly these claims (an unknown role, no subject, …).</summary>
    public string WithClaims(IDictionary<string, object> claims)
    {
        DateTime now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(TokenIssuer.SigningKey(options), SecurityAlgorithms.HmacSha256),
        });
    }

    private string Shifted(TimeSpan offset) => new TokenIssuer(Options.Create(options), new ShiftedClock(offset)).Issue(Roles.Admin, "probe-clock");

    private string With(Action<JwtOptions> change)
    {
        var copy = new JwtOptions { Issuer = options.Issuer, Audience = options.Audience, SigningKey = options.SigningKey, Lifetime = options.Lifetime };
        change(copy);
        return new TokenIssuer(Options.Create(copy), TimeProvider.System).Issue(Roles.Admin, "probe-forged");
    }

    private static string Base64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }
}
