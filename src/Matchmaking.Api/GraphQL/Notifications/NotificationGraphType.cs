using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Notifications;

public sealed class NotificationGraphType : ObjectGraphType<Notification>
{
    public NotificationGraphType()
    {
        Name = "Notification";
        Description = "One event told to the viewer (站内通知), in Chinese. E-mail and webhooks carry the same event.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Notification;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id.").Resolve(ctx => GlobalId.Encode(nameof(Notification), ctx.Source.Id));
        Field<NonNullGraphType<NotificationKindType>>("kind").Description("What happened.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Title).Description("One line, e.g. 订阅「锂电池检测」有 2 条新匹配.");
        Field(x => x.Body).Description("The message; a digest lists its listings one per line.");
        Field(x => x.Data).Description("The event's data as JSON, exactly as webhooks carry it in `data`.");
        Field<DigestSubscriptionGraphType>("subscription").Description("The subscription a DIGEST is from; null for other kinds.")
            .ResolveAsync(async ctx => ctx.Source.SubjectKind == nameof(Subscription) ? await ctx.Service<Matchmaking.Core.Storage.MatchmakingDbContext>().Subscriptions.FindAsync([ctx.Source.SubjectId], ctx.CancellationToken) : null);
        Field<Types.MatchType>("match").Description("The match a MATCH_* notification is about; null for other kinds (and once the match is gone).")
            .Resolve(ctx => ctx.Source.SubjectKind == nameof(Match) ? ctx.Loaders().Matches.Load(ctx.Source.SubjectId) : null);
        Field<NonNullGraphType<DeliveryStateType>>("emailState").Description("Whether it was e-mailed: NONE when the viewer has no e-mail address or turned e-mail off.").Resolve(ctx => ctx.Source.EmailState);
        Field<NonNullGraphType<BooleanGraphType>>("read").Description("Whether the viewer has marked it read (已读).").Resolve(ctx => ctx.Source.ReadAt is not null);
        Field<DateTimeOffsetGraphType>("readAt").Description("When it was marked read; null while unread.").Resolve(ctx => ctx.Source.ReadAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the event happened.").Resolve(ctx => ctx.Source.CreatedAt);
    }
}
