using System.Net;
using Matchmaking.Core.Notifications;

namespace Matchmaking.Api.Notifications;

/// <summary>
/// The unsubscribe link of digest e-mails: GET (a click) or POST (RFC 8058 one-click from the mail client) with the
/// signed token stops that subscription's e-mails. No sign-in: the token is the proof.
/// </summary>
internal static class UnsubscribeEndpoint
{
    public const string Path = "/notifications/unsubscribe";

    public static WebApplication MapUnsubscribe(this WebApplication app)
    {
        app.MapMethods(Path, ["GET", "POST"], async (HttpContext http, UnsubscribeTokens tokens, SubscriptionService subscriptions) =>
        {
            string? token = http.Request.Query["token"];
            if (tokens.Read(token) is not { } id)
            {
                return Page(StatusCodes.Status400BadRequest, "退订链接无效", "这个退订链接无效或已被修改。");
            }

            return await subscriptions.StopEmailAsync(id, http.RequestAborted)
                ? Page(StatusCodes.Status200OK, "已退订", "您将不再收到此订阅的邮件；站内通知不受影响，可随时在平台上重新开启。")
                : Page(StatusCodes.Status404NotFound, "订阅不存在", "这个订阅已被删除。");
        });
        return app;
    }

    private static IResult Page(int status, string title, string message) => Results.Content(
        $"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title></head><body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p></body></html>""",
        "text/html; charset=utf-8",
        statusCode: status);
}
