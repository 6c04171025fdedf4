using System.Security.Claims;

namespace Matchmaking.Api.Auth;

/// <summary>Who is asking: the token's subject and role, or nobody.</summary>
public sealed record Viewer(string? Subject, string? Role)
{
    public static readonly Viewer Anonymous = new(null, null);

    public bool IsAuthenticated => Subject is not null;

    public bool IsAdmin => Role == Roles.Admin;

    public bool IsBroker => Role == Roles.Broker;

    public static Viewer From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirst("sub")?.Value is not { Length: > 0 } subject)
        {
            return Anonymous;
        }

        string? role = user.FindFirst("role")?.Value;
        return new Viewer(subject, Roles.All.Contains(role) ? role : null);
    }
}
