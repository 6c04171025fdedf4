using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Notifications;

/// <summary>The in-app side: a user's notifications, newest first, what is unread, and their e-mail settings.</summary>
public sealed class NotificationService(MatchmakingDbContext db, TimeProvider clock)
{
    /// <summary>The user's notifications, narrowed; the caller orders and pages them.</summary>
    /// <param name="unread">true: unread only; false: read only; null: both.</param>
    public IQueryable<Notification> Query(string subject, bool? unread, NotificationKind? kind)
    {
        var mine = Mine(subject, unreadOnly: false);
        mine = unread switch
        {
            true => mine.Where(n => n.ReadAt == null),
            false => mine.Where(n => n.ReadAt != null),
            _ => mine,
        };
        return kind is { } k ? mine.Where(n => n.Kind == k) : mine;
    }

    public Task<int> UnreadCountAsync(string subject, CancellationToken ct) => Mine(subject, unreadOnly: true).CountAsync(ct);

    /// <summary>Marks the given notifications of the user's (or all of them, when <paramref name="ids"/> is null) read; returns how many changed.</summary>
    public Task<int> MarkReadAsync(string subject, IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        DateTimeOffset now = clock.GetUtcNow();
        var unread = Mine(subject, unreadOnly: true);
        if (ids is not null)
        {
            unread = unread.Where(n => ids.Contains(n.Id));
        }

        return unread.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    public async Task<NotificationSettings> SettingsAsync(string subject, CancellationToken ct) =>
        await db.NotificationSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Subject == subject, ct)
        ?? new NotificationSettings { Subject = subject, EmailEnabled = false };

    /// <summary>Sets where the user's e-mails go and whether any are sent.</summary>
    public async Task<NotificationSettings> UpdateSettingsAsync(string subject, string? email, bool? emailEnabled, CancellationToken ct)
    {
        if (email is not null && (email.Length > ListingLimits.Short || !MimeKit.MailboxAddress.TryParse(email, out var address) || address.Address != email.Trim() || !email.Contains('@')))
        {
            throw new ValidationException([new("email", ErrorCodes.BadUserInput, $"email must be one e-mail address of at most {ListingLimits.Short} characters.")]);
        }

        var settings = await db.NotificationSettings.FirstOrDefaultAsync(s => s.Subject == subject, ct);
        if (settings is null)
        {
            settings = new NotificationSettings { Subject = subject };
            db.NotificationSettings.Add(settings);
        }

        settings.Email = email is null ? settings.Email : email.Trim();
        settings.EmailEnabled = emailEnabled ?? settings.EmailEnabled;
        settings.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return settings;
    }

    private IQueryable<Notification> Mine(string subject, bool unreadOnly)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientSubject == subject);
        return unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
    }
}
