using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Notifications;

/// <summary>A page of notifications and how many of all the viewer's are unread.</summary>
public sealed class NotificationConnection : Connection<Notification>
{
    public int UnreadCount { get; init; }
}

public sealed class NotificationConnectionGraphType : ConnectionType<NotificationGraphType, EdgeType<NotificationGraphType>>
{
    public NotificationConnectionGraphType()
    {
        Name = "NotificationConnection";
        Description = "A page of the viewer's notifications, newest first, with the unread count (未读数).";
        Field<NonNullGraphType<IntGraphType>>("unreadCount").Description("The viewer's unread notifications in all, whatever the filter.")
            .Resolve(ctx => ((NotificationConnection)ctx.Source!).UnreadCount);
    }
}
