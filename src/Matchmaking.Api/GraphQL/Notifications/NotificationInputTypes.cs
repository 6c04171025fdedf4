using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Notifications;

public sealed class NotificationFilterType : InputObjectGraphType
{
    public NotificationFilterType()
    {
        Name = "NotificationFilter";
        Description = "Narrows viewer.notifications.";
        Field<BooleanGraphType>("unread").Description("true: only unread ones; false: only read ones.");
        Field<NotificationKindType>("kind").Description("Only notifications of this kind.");
    }
}

public sealed class MarkNotificationsReadInputType : InputObjectGraphType
{
    public MarkNotificationsReadInputType()
    {
        Name = "MarkNotificationsReadInput";
        Description = "Mark some of the viewer's notifications read (标为已读), or all of them.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("The notifications to mark; leave out (or set all) to mark every unread one.");
        Field<BooleanGraphType>("all").Description("true: mark every unread notification read.");
    }
}

public sealed class UpdateNotificationSettingsInputType : InputObjectGraphType
{
    public UpdateNotificationSettingsInputType()
    {
        Name = "UpdateNotificationSettingsInput";
        Description = "Where the viewer's notification e-mails go.";
        Field<StringGraphType>("email").Description("One e-mail address; left out: unchanged.");
        Field<BooleanGraphType>("emailEnabled").Description("Whether to e-mail anything; left out: unchanged.");
    }
}

public sealed class SubscribeInputType : InputObjectGraphType
{
    public SubscribeInputType()
    {
        Name = "SubscribeInput";
        Description = "Subscribe to new matches (订阅) of a saved search of the viewer's, or of a listing the viewer owns: an expert profile or achievement (new demands), or a demand (new achievements and experts). Name exactly one of savedSearchId and listingId.";
        Field<IdGraphType>("savedSearchId").Description("A SavedSearch of the viewer's.");
        Field<IdGraphType>("listingId").Description("A Demand, Achievement or Expert the viewer owns.");
        Field<NonNullGraphType<DigestFrequencyType>>("frequency").Description("How often to build the digest.");
        Field<FloatGraphType>("minScore").Description("Deliver only hits scoring above this (default Notifications:DefaultMinScore).");
        Field<BooleanGraphType>("emailEnabled").Description("Also e-mail each digest (default true).");
    }
}

public sealed class UpdateSubscriptionInputType : InputObjectGraphType
{
    public UpdateSubscriptionInputType()
    {
        Name = "UpdateSubscriptionInput";
        Description = "Change a subscription of the viewer's; fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The DigestSubscription.");
        Field<DigestFrequencyType>("frequency").Description("How often to build the digest.");
        Field<FloatGraphType>("minScore").Description("Deliver only hits scoring above this.");
        Field<BooleanGraphType>("emailEnabled").Description("Also e-mail each digest.");
        Field<BooleanGraphType>("active").Description("false pauses it; true resumes it from now.");
    }
}

public sealed class UpdateSavedSearchInputType : InputObjectGraphType
{
    public UpdateSavedSearchInputType()
    {
        Name = "UpdateSavedSearchInput";
        Description = "Replace a saved search of the viewer's; its subscriptions run the new text from their next digest.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The SavedSearch.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the owner calls it.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The search text.");
        Field<ListGraphType<NonNullGraphType<ListingKindType>>>("kinds").Description("Listing kinds searched; empty or left out: every kind.");
        Field<IndustryType>("industry").Description("Only listings of this industry.");
    }
}

public sealed class DeleteSavedSearchInputType() : IdInputType("DeleteSavedSearchInput", "Delete a saved search of the viewer's and the subscriptions that run it.");

public sealed class DeleteSubscriptionInputType() : IdInputType("DeleteSubscriptionInput", "Delete a subscription of the viewer's (its delivery history goes with it).");

public sealed class DeleteWebhookEndpointInputType() : IdInputType("DeleteWebhookEndpointInput", "Delete a webhook endpoint of the viewer's and its delivery log.");

public sealed class ReplayWebhookDeliveryInputType() : IdInputType("ReplayWebhookDeliveryInput", "Send a finished (SENT or FAILED) delivery again: the same body, signed afresh, on the dispatcher's next run (within a minute).");

public abstract class IdInputType : InputObjectGraphType
{
    protected IdInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object to act on.");
    }
}

public sealed class CreateWebhookEndpointInputType : InputObjectGraphType
{
    public CreateWebhookEndpointInputType()
    {
        Name = "CreateWebhookEndpointInput";
        Description = "Register a URL for the viewer's events; the payload shows its signing secret once.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("An absolute http or https URL.");
    }
}

public sealed class UpdateWebhookEndpointInputType : InputObjectGraphType
{
    public UpdateWebhookEndpointInputType()
    {
        Name = "UpdateWebhookEndpointInput";
        Description = "Change a webhook endpoint of the viewer's; fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The WebhookEndpoint.");
        Field<StringGraphType>("url").Description("A new absolute http or https URL.");
        Field<BooleanGraphType>("enabled").Description("true turns it on again and clears its failure count; false turns it off.");
    }
}
