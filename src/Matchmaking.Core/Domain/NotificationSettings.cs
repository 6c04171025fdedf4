namespace Matchmaking.Core.Domain;

/// <summary>Where a user wants to be told things by e-mail (通知设置); without a row nothing is e-mailed.</summary>
public sealed class NotificationSettings
{
    public required string Subject { get; set; }

    public string? Email { get; set; }

    public bool EmailEnabled { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }
}
