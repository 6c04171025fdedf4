using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Notifications;

/// <summary>One event to tell, before it is addressed to anyone.</summary>
public sealed record NotificationEvent(NotificationKind Kind, string EventKey, string Title, string Body, string SubjectKind, Guid SubjectId, object Data);

/// <summary>
/// The outbox: adds a notification per recipient, and a pending webhook call per enabled endpoint of theirs,
/// to the caller's unit of work. Nothing is saved here, so the rows commit with the event they report or not
/// at all; the mail and webhook dispatchers deliver them later.
/// </summary>
public sealed class Notifier(MatchmakingDbContext db, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="email">Whether this event may be e-mailed (a digest of a subscription whose e-mail was unsubscribed may not).</param>
    public async Task<IReadOnlyList<Notification>> AddAsync(NotificationEvent e, IEnumerable<string> recipients, bool email, CancellationToken ct)
    {
        var subjects = recipients.Distinct(StringComparer.Ordinal).ToList();
        if (subjects.Count == 0)
        {
            return [];
        }

        DateTimeOffset now = clock.GetUtcNow();
        var mailable = email
            ? (await db.NotificationSettings.AsNoTracking().Where(s => subjects.Contains(s.Subject) && s.EmailEnabled && s.Email != null).Select(s => s.Subject).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal)
            : [];
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(w => subjects.Contains(w.OwnerSubject) && w.Enabled).Select(w => new { w.Id, w.OwnerSubject }).ToListAsync(ct);
        var added = new List<Notification>(subjects.Count);
        foreach (string subject in subjects)
        {
            var notification = new Notification
            {
                Id = Guid.CreateVersion7(now),
                RecipientSubject = subject,
                Kind = e.Kind,
                EventKey = e.EventKey,
                Title = e.Title,
                Body = e.Body,
                SubjectKind = e.SubjectKind,
                SubjectId = e.SubjectId,
                Data = JsonSerializer.Serialize(e.Data, Json),
                EmailState = mailable.Contains(subject) ? DeliveryState.Pending : DeliveryState.None,
                CreatedAt = now,
            };
            db.Notifications.Add(notification);
            added.Add(notification);
            foreach (var endpoint in endpoints.Where(w => w.OwnerSubject == subject))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    Id = Guid.CreateVersion7(now),
                    EndpointId = endpoint.Id,
                    NotificationId = notification.Id,
                    Kind = e.Kind,
                    Body = WebhookBody(notification, e.Data),
                    State = DeliveryState.Pending,
                    CreatedAt = now,
                });
            }
        }

        return added;
    }

    /// <summary>Tells both sides of a match about it.</summary>
    public async Task MatchEventAsync(Match match, NotificationKind kind, string? note, CancellationToken ct)
    {
        var demand = await db.Demands.AsNoTracking().Where(d => d.Id == match.DemandId).Select(d => d.Title).FirstOrDefaultAsync(ct) ?? "";
        string stage = NotificationTexts.Stage(match.Stage);
        var (title, body) = kind switch
        {
            NotificationKind.MatchProposed => ($"新的对接推荐：{demand}", $"经纪人为技术需求「{demand}」提出了一项对接，请查看。"),
            NotificationKind.MatchIntroduced => ($"已为您引荐：{demand}", $"技术需求「{demand}」的对接已进入「{stage}」阶段，双方联系方式现已可见。"),
            NotificationKind.MatchRejected => ($"对接未通过：{demand}", $"技术需求「{demand}」的对接未通过，原因：{NotificationTexts.Reason(match.RejectReason ?? RejectReason.Other)}{(string.IsNullOrWhiteSpace(note) ? "" : "（" + note + "）")}。"),
            _ => ($"对接进展：{demand}", $"技术需求「{demand}」的对接已进入「{stage}」阶段。"),
        };
        var data = new
        {
            matchId = match.Id,
            demandId = match.DemandId,
            candidateKind = match.CandidateKind.ToString().ToUpperInvariant(),
            candidateId = match.CandidateId,
            stage = Screaming(match.Stage.ToString()),
            rejectReason = match.RejectReason is { } r ? Screaming(r.ToString()) : null,
            rejectNote = note,
        };
        var e = new NotificationEvent(kind, $"{NotificationTexts.EventType(kind)}:{match.Id}:{match.Stage}", title, body, nameof(Match), match.Id, data);
        await AddAsync(e, await ListingOwners.OfMatchAsync(db, match, ct), email: true, ct);
    }

    /// <summary>ShortListed → SHORT_LISTED: enum values as the API spells them.</summary>
    internal static string Screaming(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static string WebhookBody(Notification n, object data) => JsonSerializer.Serialize(
        new
        {
            id = n.Id,
            type = NotificationTexts.EventType(n.Kind),
            createdAt = n.CreatedAt,
            title = n.Title,
            body = n.Body,
            data,
        },
        Json);
}
