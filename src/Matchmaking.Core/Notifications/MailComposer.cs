using System.Net;
using Matchmaking.Core.Domain;
using MimeKit;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Notifications;

/// <summary>Writes a notification as an e-mail in Chinese: a text and an HTML body, with the subscription's unsubscribe link.</summary>
public sealed class MailComposer(IOptions<MailOptions> mail, UnsubscribeTokens tokens)
{
    public MimeMessage Compose(Notification n, string to)
    {
        var o = mail.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = n.Title;
        message.MessageId = $"{n.Id:N}@{o.FromAddress.Split('@').LastOrDefault() ?? "matchmaking"}";
        string? unsubscribe = n.SubjectKind == nameof(Subscription) && tokens.IsEnabled ? tokens.Link(n.SubjectId) : null;
        if (unsubscribe is not null)
        {
            // RFC 2369 / 8058: mail clients show their own unsubscribe button for this header.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        }

        var body = new BodyBuilder
        {
            TextBody = Text(n, unsubscribe),
            HtmlBody = Html(n, unsubscribe),
        };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Text(Notification n, string? unsubscribe)
    {
        string text = $"您好：\n\n{n.Body}\n\n请登录科技成果转化对接平台查看详情。\n";
        return unsubscribe is null ? text : text + $"\n不想再收到此订阅的邮件？退订：{unsubscribe}\n";
    }

    private static string Html(Notification n, string? unsubscribe)
    {
        string lines = string.Join("<br>", n.Body.Split('\n').Select(WebUtility.HtmlEncode));
        string html = $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(n.Title)}</title></head>
            <body style="font-family: sans-serif">
            <h2>{WebUtility.HtmlEncode(n.Title)}</h2>
            <p>您好：</p>
            <p>{lines}</p>
            <p>请登录科技成果转化对接平台查看详情。</p>
            """;
        if (unsubscribe is not null)
        {
            html += $"""<p style="color:#888;font-size:small">不想再收到此订阅的邮件？<a href="{WebUtility.HtmlEncode(unsubscribe)}">退订</a></p>""";
        }

        return html + "</body></html>";
    }
}
