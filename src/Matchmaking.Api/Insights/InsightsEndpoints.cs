using System.Security.Claims;
using GraphQL;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Insights;
using Matchmaking.Api.Jobs;
using Matchmaking.Core.Analytics;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.Insights;

/// <summary>
/// <c>/insights</c>, the funnel page for admins, signed in as the Hangfire dashboard is: <c>POST /insights-login</c>
/// trades an ADMIN token for a short-lived cookie (HttpOnly, SameSite=Strict, Path=/insights). <c>GET
/// /insights/analytics.csv</c> downloads a report with that cookie or a bearer token (admins: everything; brokers:
/// their own matches; others 403).
/// </summary>
internal static partial class InsightsEndpoints
{
    public const string PagePath = "/insights";
    public const string LoginPath = "/insights-login";
    public const string CsvPath = "/insights/analytics.csv";
    public const string CookieName = "mm_insights";

    private const string Form = """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>平台统计 · 登录</title></head>
        <body>
        <form method="post" action="/insights-login">
        <label>Admin token (Bearer JWT) <input type="password" name="token" autocomplete="off" required></label>
        <button type="submit">Open /insights</button>
        </form>
        </body></html>
        """;

    public static void MapInsights(this WebApplication app)
    {
        app.MapGet(LoginPath, () => Results.Content(Form, "text/html; charset=utf-8"));
        app.MapPost(LoginPath, SignInAsync);
        app.MapDelete(LoginPath, (HttpContext http, DashboardSession session) =>
        {
            http.Response.Cookies.Delete(CookieName, CookieOptions(http, session));
            return Results.NoContent();
        });
        app.MapGet(PagePath, PageAsync);
        app.MapGet(CsvPath, CsvAsync);
    }

    private static async Task<IResult> PageAsync(HttpContext http, DashboardSession session, AnalyticsService analytics, TimeProvider clock)
    {
        if (!await session.IsAdminCookieAsync(http.Request.Cookies[CookieName]))
        {
            return Results.Redirect(LoginPath);
        }

        return await AnswerAsync(async () =>
        {
            var latest = await analytics.LatestProposalAsync(http.RequestAborted) ?? clock.GetUtcNow();
            var period = InsightsPeriod.Parse(http.Request.Query, InsightsPeriod.YearTo(latest), AnalyticsGrouping.Month);
            var trend = await analytics.RunAsync(new AnalyticsRequest(period.From, period.To, AnalyticsGrouping.Month, null), http.RequestAborted);
            var byIndustry = await analytics.RunAsync(new AnalyticsRequest(period.From, period.To, AnalyticsGrouping.Industry, null), http.RequestAborted);
            return Results.Content(InsightsPage.Render(trend, byIndustry), "text/html; charset=utf-8");
        });
    }

    private static async Task<IResult> CsvAsync(HttpContext http, DashboardSession session, AnalyticsService analytics, TimeProvider clock)
    {
        var viewer = http.Request.Headers.Authorization.Count > 0
            ? Viewer.From(http.User)
            : await session.IsAdminCookieAsync(http.Request.Cookies[CookieName]) ? new Viewer("insights-session", Roles.Admin) : Viewer.Anonymous;
        return await AnswerAsync(async () =>
        {
            string? broker = AnalyticsQueryFields.BrokerScope(viewer);
            var period = InsightsPeriod.Parse(http.Request.Query, InsightsPeriod.YearTo(clock.GetUtcNow()), AnalyticsGrouping.Month);
            var report = await analytics.RunAsync(new AnalyticsRequest(period.From, period.To, period.GroupBy, broker), http.RequestAborted);
            string file = $"analytics-{InsightsPeriod.Month(period.From)}-{InsightsPeriod.Month(period.To.AddTicks(-1))}-{period.GroupBy.ToString().ToLowerInvariant()}.csv";
            return Results.File(AnalyticsCsv.Write(report, v => v.ToString().ToConstantCase()), "text/csv; charset=utf-8", file);
        });
    }

    /// <summary>The API's codes as HTTP: 401, 403, 400 with {code, message}; anything else is the host's to log.</summary>
    private static async Task<IResult> AnswerAsync(Func<Task<IResult>> answer)
    {
        try
        {
            return await answer();
        }
        catch (DomainException e) when (e.Code is ErrorCodes.Unauthenticated or ErrorCodes.Forbidden or ErrorCodes.BadUserInput or ErrorCodes.PeriodInvalid)
        {
            int status = e.Code switch
            {
                ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
                ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Json(new { code = e.Code, message = e.Message }, statusCode: status);
        }
    }

    private static async Task<IResult> SignInAsync(HttpContext http, DashboardSession session, ILoggerFactory loggers)
    {
        ClaimsPrincipal? user = null;
        if (http.Request.Headers.Authorization.Count > 0)
        {
            user = http.User.Identity?.IsAuthenticated == true ? http.User : null;
        }
        else if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            user = form["token"].ToString() is { Length: > 0 } token ? await session.ValidateApiTokenAsync(token) : null;
        }

        if (user is null)
        {
            return Results.Unauthorized();
        }

        string subject = user.FindFirstValue("sub") ?? "";
        var logger = loggers.CreateLogger(typeof(InsightsEndpoints));
        if (!user.HasClaim("role", Roles.Admin))
        {
            LogRefused(logger, subject);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        http.Response.Cookies.Append(CookieName, session.Issue(subject), CookieOptions(http, session));
        LogSignedIn(logger, subject);
        return http.Request.HasFormContentType ? Results.Redirect(PagePath) : Results.NoContent();
    }

    private static CookieOptions CookieOptions(HttpContext http, DashboardSession session) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = PagePath,
        MaxAge = session.Lifetime,
        IsEssential = true,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Insights cookie issued to {Subject}")]
    private static partial void LogSignedIn(ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Insights sign-in refused for {Subject}: not an admin")]
    private static partial void LogRefused(ILogger logger, string subject);
}
