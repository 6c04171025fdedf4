using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Payloads;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Paging;
using Matchmaking.Core.SavedSearches;
using static Matchmaking.Api.GraphQL.Fields.ListingMutationFields;

namespace Matchmaking.Api.GraphQL.Notifications;

/// <summary>Subscriptions and digests, in-app notifications, e-mail settings and webhooks: the viewer's fields and mutations.</summary>
internal static class NotificationFields
{
    private static readonly KeysetOrder<Notification, DateTimeOffset> NewestFirst = new("created-desc", n => n.CreatedAt, descending: true, n => n.Id);
    private static readonly KeysetOrder<Subscription, DateTimeOffset> SubscriptionsOldestFirst = new("created-asc", s => s.CreatedAt, descending: false, s => s.Id);
    private static readonly KeysetOrder<WebhookEndpoint, DateTimeOffset> EndpointsOldestFirst = new("created-asc", e => e.CreatedAt, descending: false, e => e.Id);

    public static void AddViewerFields(ObjectGraphType<Viewer> viewer)
    {
        viewer.Field<NonNullGraphType<NotificationConnectionGraphType>>("notifications")
            .Description("The viewer's notifications (站内通知), newest first, with the unread count. Signed in only.")
            .Argument<NotificationFilterType>("filter", "Only unread (or read) ones, or one kind.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                string subject = Access.RequireSubject(ctx.Source);
                var f = ctx.Input("filter");
                var service = ctx.Service<NotificationService>();
                var slice = await Connections.KeysetAsync(ctx, service.Query(subject, f.Value<bool>("unread"), f.Value<NotificationKind>("kind")), NewestFirst);
                return new NotificationConnectionPage(ConnectionPage.From(slice), await service.UnreadCountAsync(subject, ctx.CancellationToken));
            });
        viewer.Field<NonNullGraphType<ConnectionGraphType<DigestSubscriptionGraphType>>>("subscriptions")
            .Description("The viewer's subscriptions (订阅), oldest first. Signed in only.")
            .Paged()
            .ResolveAsync(async ctx => ConnectionPage.From(await Connections.KeysetAsync(ctx, ctx.Service<SubscriptionService>().Query(Access.RequireSubject(ctx.Source)), SubscriptionsOldestFirst)));
        viewer.Field<NonNullGraphType<ConnectionGraphType<WebhookEndpointGraphType>>>("webhookEndpoints")
            .Description("The viewer's webhook endpoints, oldest first, each with its delivery log. Signed in only.")
            .Paged()
            .ResolveAsync(async ctx => ConnectionPage.From(await Connections.KeysetAsync(ctx, ctx.Service<WebhookService>().Endpoints(Access.RequireSubject(ctx.Source)), EndpointsOldestFirst)));
        viewer.Field<NonNullGraphType<NotificationSettingsGraphType>>("notificationSettings")
            .Description("Where the viewer's e-mails go. Signed in only.")
            .ResolveAsync(async ctx => await ctx.Service<NotificationService>().SettingsAsync(Access.RequireSubject(ctx.Source), ctx.CancellationToken));
    }

    public static void AddMutationFields(ObjectGraphType mutation)
    {
        Mutation<SavedSearchPayloadType, UpdateSavedSearchInputType>(mutation, "updateSavedSearch", "Signed-in users: replace a saved search of theirs. NOT_FOUND for someone else's.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            Guid id = GlobalId.Decode(input.Required("id"), nameof(SavedSearch));
            var changes = new SavedSearch
            {
                OwnerSubject = subject,
                Name = input.Required("name"),
                Text = input.Required("text"),
                Kinds = input.Has("kinds") && input.Get<IEnumerable<object?>>("kinds") is { } kinds ? kinds.OfType<ListingKind>().Select(k => k.ToString()).Distinct().ToList() : [],
                Industry = input.Value<Industry>("industry"),
            };
            return await ctx.Service<SavedSearchService>().UpdateAsync(subject, id, changes, ct);
        });

        Mutation<DeleteSavedSearchPayloadType, DeleteSavedSearchInputType>(mutation, "deleteSavedSearch", "Signed-in users: delete a saved search of theirs and its subscriptions.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            Guid id = GlobalId.Decode(input.Required("id"), nameof(SavedSearch));
            await ctx.Service<SavedSearchService>().DeleteAsync(subject, id, ct);
            return input.Required("id");
        });

        Mutation<DigestSubscriptionPayloadType, SubscribeInputType>(mutation, "subscribe", "Signed-in users: subscribe to new matches of a saved search of theirs or of a listing they own. FORBIDDEN for someone else's listing.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            Guid? searchId = input.Id("savedSearchId", nameof(SavedSearch));
            ListingKind? kind = null;
            Guid? listingId = null;
            if (input.String("listingId") is { } listing)
            {
                var (name, id) = GlobalId.Decode(listing);
                kind = name switch
                {
                    nameof(Demand) => ListingKind.Demand,
                    nameof(Achievement) => ListingKind.Achievement,
                    nameof(Expert) => ListingKind.Expert,
                    _ => throw new ValidationException([new("listingId", ErrorCodes.InvalidId, "listingId must be a Demand, an Achievement or an Expert.")]),
                };
                listingId = id;
            }

            var spec = new SubscriptionSpec(searchId, kind, listingId, input.Value<DigestFrequency>("frequency") ?? DigestFrequency.Daily)
            {
                MinScore = input.Value<double>("minScore"),
                EmailEnabled = input.Value<bool>("emailEnabled") ?? true,
            };
            return await ctx.Service<SubscriptionService>().SubscribeAsync(subject, spec, ct);
        });

        Mutation<DigestSubscriptionPayloadType, UpdateSubscriptionInputType>(mutation, "updateSubscription", "Signed-in users: change, pause or resume a subscription of theirs.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            Guid id = GlobalId.Decode(input.Required("id"), nameof(Subscription));
            return await ctx.Service<SubscriptionService>().UpdateAsync(subject, id, input.Value<DigestFrequency>("frequency"), input.Value<double>("minScore"), input.Value<bool>("emailEnabled"), input.Value<bool>("active"), ct);
        });

        Mutation<DeleteSubscriptionPayloadType, DeleteSubscriptionInputType>(mutation, "deleteSubscription", "Signed-in users: delete a subscription of theirs.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            await ctx.Service<SubscriptionService>().DeleteAsync(subject, GlobalId.Decode(input.Required("id"), nameof(Subscription)), ct);
            return input.Required("id");
        });

        Mutation<MarkNotificationsReadPayloadType, MarkNotificationsReadInputType>(mutation, "markNotificationsRead", "Signed-in users: mark notifications of theirs read (标为已读); ids of others' are ignored.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            var service = ctx.Service<NotificationService>();
            var ids = input.Value<bool>("all") == true || !input.Has("ids")
                ? null
                : input.Strings("ids").Select((id, i) => GlobalId.Decode(id, nameof(Notification))).ToList();
            await service.MarkReadAsync(subject, ids, ct);
            return await service.UnreadCountAsync(subject, ct);
        });

        Mutation<NotificationSettingsPayloadType, UpdateNotificationSettingsInputType>(mutation, "updateNotificationSettings", "Signed-in users: set the e-mail address notifications go to, or turn e-mail off.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            return await ctx.Service<NotificationService>().UpdateSettingsAsync(subject, input.String("email"), input.Value<bool>("emailEnabled"), ct);
        });

        Mutation<CreateWebhookEndpointPayloadType, CreateWebhookEndpointInputType>(mutation, "createWebhookEndpoint", "Signed-in users: register a URL their events are POSTed to, signed with the secret the payload shows once.", async (ctx, input, ct) =>
            await ctx.Service<WebhookService>().CreateAsync(Access.RequireSubject(ctx.Viewer()), input.Required("url"), ct));

        Mutation<WebhookEndpointPayloadType, UpdateWebhookEndpointInputType>(mutation, "updateWebhookEndpoint", "Signed-in users: change a webhook endpoint's URL, or turn it on (clearing its failures) or off.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            Guid id = GlobalId.Decode(input.Required("id"), nameof(WebhookEndpoint));
            return await ctx.Service<WebhookService>().UpdateAsync(subject, id, input.String("url"), input.Value<bool>("enabled"), ct);
        });

        Mutation<DeleteWebhookEndpointPayloadType, DeleteWebhookEndpointInputType>(mutation, "deleteWebhookEndpoint", "Signed-in users: delete a webhook endpoint of theirs.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            await ctx.Service<WebhookService>().DeleteAsync(subject, GlobalId.Decode(input.Required("id"), nameof(WebhookEndpoint)), ct);
            return input.Required("id");
        });

        Mutation<WebhookDeliveryPayloadType, ReplayWebhookDeliveryInputType>(mutation, "replayWebhookDelivery", "Signed-in users: send one of their finished webhook deliveries again. INVALID_TRANSITION while it is still PENDING or SENDING.", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            return await ctx.Service<WebhookService>().ReplayAsync(subject, GlobalId.Decode(input.Required("id"), nameof(WebhookDelivery)), ct);
        });
    }
}
