using MailKit.Net.Smtp;
using MailKit.Security;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Sends pending notification e-mails through the configured SMTP server (MailKit), at most once each: a
/// conditional UPDATE claims the row (PENDING → SENDING) before the message goes out, so a second dispatcher
/// never sends it again, and a dispatcher that dies mid-send leaves it SENDING rather than send it twice.
/// </summary>
public sealed partial class MailDispatcher(MatchmakingDbContext db, MailComposer composer, IOptions<MailOptions> mail, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<MailDispatcher> logger)
{
    /// <summary>E-mails sent by this run; 0 while mail is off (Mail:Host empty).</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!mail.Value.IsEnabled)
        {
            return 0;
        }

        DateTimeOffset now = clock.GetUtcNow();
        DateTimeOffset oldest = now - options.Value.EmailMaxAge;
        await db.Notifications.Where(n => n.EmailState == DeliveryState.Pending && n.CreatedAt < oldest)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, DeliveryState.Failed).SetProperty(n => n.EmailError, "expired before it could be sent"), ct);
        var pending = await db.Notifications.AsNoTracking().Where(n => n.EmailState == DeliveryState.Pending)
            .OrderBy(n => n.Id).Select(n => n.Id).Take(options.Value.DeliveryBatchSize).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        using var smtp = new SmtpClient();
        try
        {
            await ConnectAsync(smtp, ct);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException)
        {
            // Nothing is claimed yet: the e-mails stay pending for the next run.
            LogUnreachable(mail.Value.Host, mail.Value.Port, e.Message);
            return 0;
        }

        int sent = 0;
        foreach (Guid id in pending)
        {
            if (await ClaimAsync(id, ct) == 0)
            {
                continue;
            }

            var notification = await db.Notifications.AsNoTracking().FirstAsync(n => n.Id == id, ct);
            string? to = await db.NotificationSettings.AsNoTracking().Where(s => s.Subject == notification.RecipientSubject && s.EmailEnabled).Select(s => s.Email).FirstOrDefaultAsync(ct);
            if (to is null)
            {
                await FinishAsync(id, DeliveryState.None, "no e-mail address, or e-mail turned off", ct);
                continue;
            }

            try
            {
                await ConnectAsync(smtp, ct);
                await smtp.SendAsync(composer.Compose(notification, to), ct);
                await FinishAsync(id, DeliveryState.Sent, null, ct);
                sent++;
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException or MimeKit.ParseException)
            {
                // Not retried: the server may have taken the message before failing, and at most once wins over at least once.
                LogFailed(id, e.Message);
                await FinishAsync(id, DeliveryState.Failed, e.Message, ct);
                if (smtp.IsConnected)
                {
                    await smtp.DisconnectAsync(quit: false, CancellationToken.None);
                }
            }
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, ct);
        }

        LogRun(sent, pending.Count);
        return sent;
    }

    private Task<int> ClaimAsync(Guid id, CancellationToken ct) =>
        db.Notifications.Where(n => n.Id == id && n.EmailState == DeliveryState.Pending).ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, DeliveryState.Sending), ct);

    private Task<int> FinishAsync(Guid id, DeliveryState state, string? error, CancellationToken ct)
    {
        string? truncated = error is { Length: > 500 } ? error[..500] : error;
        return db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, state).SetProperty(n => n.EmailError, truncated), ct);
    }

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        if (smtp.IsConnected)
        {
            return;
        }

        var o = mail.Value;
        var security = o.Security switch
        {
            MailSecurity.None => SecureSocketOptions.None,
            MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await smtp.ConnectAsync(o.Host, o.Port, security, ct);
        if (o.UserName.Length > 0)
        {
            await smtp.AuthenticateAsync(o.UserName, o.Password, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail: SMTP server {Host}:{Port} unreachable, e-mails left pending: {Error}")]
    private partial void LogUnreachable(string host, int port, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail: {Sent} of {Pending} pending e-mails sent")]
    private partial void LogRun(int sent, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail: notification {NotificationId} could not be sent: {Error}")]
    private partial void LogFailed(Guid notificationId, string error);
}
