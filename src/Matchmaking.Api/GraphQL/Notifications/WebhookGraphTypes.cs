using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Paging;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Notifications;

namespace Matchmaking.Api.GraphQL.Notifications;

public sealed class WebhookEndpointGraphType : ObjectGraphType<WebhookEndpoint>
{
    private static readonly KeysetOrder<WebhookDelivery, DateTimeOffset> NewestFirst = new("created-desc", d => d.CreatedAt, descending: true, d => d.Id);

    public WebhookEndpointGraphType()
    {
        Name = "WebhookEndpoint";
        Description = "A URL the viewer's events are POSTed to as signed JSON (Webhook 端点); see the README for verifying X-Matchmaking-Signature.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is WebhookEndpoint;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id.").Resolve(ctx => GlobalId.Encode(nameof(WebhookEndpoint), ctx.Source.Id));
        Field(x => x.Url).Description("Where events are POSTed.");
        Field(x => x.Enabled).Description("False once it failed too often in a row (or was turned off); turn it on again with updateWebhookEndpoint.");
        Field(x => x.ConsecutiveFailures).Description("Deliveries in a row that failed after all their retries.");
        Field<DateTimeOffsetGraphType>("disabledAt").Description("When it was turned off; null while enabled.").Resolve(ctx => ctx.Source.DisabledAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was registered.").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<ConnectionGraphType<WebhookDeliveryGraphType>>>("deliveries")
            .Description("Its delivery log (投递记录), newest first.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                string subject = Access.RequireSubject(ctx.Viewer());
                return ConnectionPage.From(await Connections.KeysetAsync(ctx, ctx.Service<WebhookService>().Deliveries(subject, ctx.Source.Id), NewestFirst));
            });
    }
}

public sealed class WebhookDeliveryGraphType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryGraphType()
    {
        Name = "WebhookDelivery";
        Description = "One event POSTed to one endpoint, with what happened; replay it with replayWebhookDelivery.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is WebhookDelivery;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id; also sent as X-Matchmaking-Delivery (the raw UUID).").Resolve(ctx => GlobalId.Encode(nameof(WebhookDelivery), ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("event").Description("The event type, as X-Matchmaking-Event carries it, e.g. match.advanced.").Resolve(ctx => NotificationTexts.EventType(ctx.Source.Kind));
        Field<NonNullGraphType<DeliveryStateType>>("state").Description("PENDING, SENDING, SENT or FAILED.").Resolve(ctx => ctx.Source.State);
        Field(x => x.Attempts).Description("HTTP attempts made so far, retries and replays included.");
        Field(x => x.LastStatusCode, nullable: true).Description("The HTTP status of the last attempt; null when it got no answer.");
        Field(x => x.LastError, nullable: true).Description("Why the last attempt failed; null when it succeeded.");
        Field(x => x.Body).Description("The JSON body exactly as signed and sent.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the event was written.").Resolve(ctx => ctx.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("completedAt").Description("When it last finished (SENT or FAILED).").Resolve(ctx => ctx.Source.CompletedAt);
    }
}

public sealed class NotificationSettingsGraphType : ObjectGraphType<NotificationSettings>
{
    public NotificationSettingsGraphType()
    {
        Name = "NotificationSettings";
        Description = "Where the viewer's e-mails go (通知设置). Nothing is e-mailed without an address.";
        Field(x => x.Email, nullable: true).Description("The address notifications are e-mailed to.");
        Field(x => x.EmailEnabled).Description("Whether anything is e-mailed at all.");
    }
}
