using GraphQL.Types;
using GraphQL.Types.Relay;
using Matchmaking.Api.GraphQL.Paging;

namespace Matchmaking.Api.GraphQL.Notifications;

/// <summary>A page of notifications and how many of all the viewer's are unread.</summary>
public sealed record NotificationConnectionPage(ConnectionPage Page, int UnreadCount);

/// <summary>NotificationConnection: the Relay shape of every connection, plus unreadCount.</summary>
public sealed class NotificationConnectionGraphType : ObjectGraphType<NotificationConnectionPage>
{
    public NotificationConnectionGraphType()
    {
        Name = "NotificationConnection";
        Description = "A page of the viewer's notifications (站内通知), newest first (Relay cursor connection), with the unread count (未读数).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<NotificationGraphType>>>>>("edges").Description("The page's edges, newest first.").Resolve(ctx => ctx.Source.Page.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Cursors of the first and last edge, and whether there is more on either side.").Resolve(ctx => ctx.Source.Page.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many notifications match the filter, before paging.").Resolve(ctx => ctx.Source.Page.TotalCount);
        Field<NonNullGraphType<IntGraphType>>("unreadCount").Description("The viewer's unread notifications in all, whatever the filter.").Resolve(ctx => ctx.Source.UnreadCount);
    }
}
