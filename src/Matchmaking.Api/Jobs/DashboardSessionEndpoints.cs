using System.Security.Claims;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Jobs;

/// <summary>
/// <c>GET /hangfire-login</c>: a form for the admin token. <c>POST /hangfire-login</c> with an ADMIN bearer token
/// (header, or the form's <c>token</c> field) sets the dashboard cookie: HttpOnly, SameSite=Strict, Path=/hangfire,
/// Secure on HTTPS. <c>DELETE</c> clears it.
/// </summary>
internal static partial class DashboardSessionEndpoints
{
    public const string Path = "/hangfire-login";

    private const string Form = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Hangfire dashboard sign-in</title></head>
        <body>
        <form method="post" action="/hangfire-login">
        <label>Admin token (Bearer JWT) <input type="password" name="token" autocomplete="off" required></label>
        <button type="submit">Open the dashboard</button>
        </form>
        </body></html>
        """;

    public static void MapDashboardSession(this WebApplication app)
    {
        app.MapGet(Path, () => Results.Content(Form, "text/html; charset=utf-8"));
        app.MapPost(Path, SignInAsync);
        app.MapDelete(Path, (HttpContext http, DashboardSession session) =>
        {
            http.Response.Cookies.Delete(session.CookieName, CookieOptions(http, session));
            return Results.NoContent();
        });
    }

    private static async Task<IResult> SignInAsync(HttpContext http, DashboardSession session, ILoggerFactory loggers)
    {
        bool fromForm = http.Request.HasFormContentType;
        ClaimsPrincipal? user = null;
        if (http.Request.Headers.Authorization.Count > 0)
        {
            user = http.User.Identity?.IsAuthenticated == true ? http.User : null;
        }
        else if (fromForm)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            user = form["token"].ToString() is { Length: > 0 } token ? await session.ValidateApiTokenAsync(token) : null;
        }

        if (user is null)
        {
            return Results.Unauthorized();
        }

        string subject = user.FindFirstValue("sub") ?? "";
        if (!user.HasClaim("role", Roles.Admin))
        {
            LogRefused(loggers.CreateLogger(typeof(DashboardSessionEndpoints)), subject);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        http.Response.Cookies.Append(session.CookieName, session.Issue(subject), CookieOptions(http, session));
        LogSignedIn(loggers.CreateLogger(typeof(DashboardSessionEndpoints)), subject);
        return fromForm ? Results.Redirect("/hangfire", permanent: false, preserveMethod: false) : Results.NoContent();
    }

    private static CookieOptions CookieOptions(HttpContext http, DashboardSession session) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = "/hangfire",
        MaxAge = session.Lifetime,
        IsEssential = true,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Hangfire dashboard cookie issued to {Subject}")]
    private static partial void LogSignedIn(ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hangfire dashboard sign-in refused for {Subject}: not an admin")]
    private static partial void LogRefused(ILogger logger, string subject);
}
