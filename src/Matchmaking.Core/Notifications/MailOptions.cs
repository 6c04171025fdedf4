using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Notifications;

public enum MailSecurity { None, StartTls, SslOnConnect }

/// <summary>The SMTP server notifications are e-mailed through (section "Mail"); mail is off while Host is empty.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string Host { get; set; } = "";

    [Range(1, 65_535)]
    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>Login, when the server wants one.</summary>
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string FromAddress { get; set; } = "noreply@matchmaking.local";

    public string FromName { get; set; } = "科技成果转化对接平台";

    public bool IsEnabled => Host.Length > 0;
}
