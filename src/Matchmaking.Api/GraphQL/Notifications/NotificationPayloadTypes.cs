using GraphQL.Types;
using Matchmaking.Api.GraphQL.Payloads;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Notifications;

public sealed class DigestSubscriptionPayloadType() : PayloadType<DigestSubscriptionGraphType>("DigestSubscriptionPayload", "subscription", "The result of subscribe or updateSubscription.");

public sealed class DeleteSubscriptionPayloadType() : PayloadType<IdGraphType>("DeleteSubscriptionPayload", "deletedId", "The result of deleteSubscription: the id that was deleted.");

public sealed class DeleteSavedSearchPayloadType() : PayloadType<IdGraphType>("DeleteSavedSearchPayload", "deletedId", "The result of deleteSavedSearch: the id that was deleted.");

public sealed class DeleteWebhookEndpointPayloadType() : PayloadType<IdGraphType>("DeleteWebhookEndpointPayload", "deletedId", "The result of deleteWebhookEndpoint: the id that was deleted.");

public sealed class MarkNotificationsReadPayloadType() : PayloadType<IntGraphType>("MarkNotificationsReadPayload", "unreadCount", "The result of markNotificationsRead: how many of the viewer's notifications are still unread.");

public sealed class NotificationSettingsPayloadType() : PayloadType<NotificationSettingsGraphType>("NotificationSettingsPayload", "settings", "The result of updateNotificationSettings.");

public sealed class WebhookEndpointPayloadType() : PayloadType<WebhookEndpointGraphType>("WebhookEndpointPayload", "endpoint", "The result of updateWebhookEndpoint.");

public sealed class WebhookDeliveryPayloadType() : PayloadType<WebhookDeliveryGraphType>("WebhookDeliveryPayload", "delivery", "The result of replayWebhookDelivery: the delivery, PENDING again.");

public sealed class CreateWebhookEndpointPayloadType : PayloadType<WebhookEndpointGraphType>
{
    public CreateWebhookEndpointPayloadType()
        : base("CreateWebhookEndpointPayload", "endpoint", "The result of createWebhookEndpoint, with the signing secret.")
    {
        Field<StringGraphType>("secret")
            .Description("The HMAC-SHA256 key to verify X-Matchmaking-Signature with. Shown only here: keep it; delete and register the endpoint again to get a new one.")
            .Resolve(ctx => (ctx.Source.Value as WebhookEndpoint)?.Secret);
    }
}
