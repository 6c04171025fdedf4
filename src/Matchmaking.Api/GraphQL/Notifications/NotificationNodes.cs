using GraphQL;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Notifications;

/// <summary>node(id:) for the notification kinds: each only for its owner (others read null, as a missing object).</summary>
internal static class NotificationNodes
{
    public static readonly string[] Kinds = [nameof(Notification), nameof(Subscription), nameof(WebhookEndpoint), nameof(WebhookDelivery)];

    public static async Task<object?> LoadAsync(IResolveFieldContext ctx, string kind, Guid id)
    {
        string subject = Access.RequireSubject(ctx.Viewer());
        var db = ctx.Service<MatchmakingDbContext>();
        var ct = ctx.CancellationToken;
        return kind switch
        {
            nameof(Notification) => await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.RecipientSubject == subject, ct),
            nameof(Subscription) => await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.OwnerSubject == subject, ct),
            nameof(WebhookEndpoint) => await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.OwnerSubject == subject, ct),
            nameof(WebhookDelivery) => await ctx.Service<WebhookService>().DeliveryAsync(subject, id, ct),
            _ => null,
        };
    }
}
