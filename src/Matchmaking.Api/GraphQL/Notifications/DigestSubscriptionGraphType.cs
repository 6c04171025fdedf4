using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Notifications;

public sealed class DigestSubscriptionGraphType : ObjectGraphType<Subscription>
{
    public DigestSubscriptionGraphType()
    {
        Name = "DigestSubscription";
        Description = "A standing request to be told about new matching listings (订阅): a saved search, or a listing of the owner's. Each listing is delivered to a subscription at most once.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Subscription;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id.").Resolve(ctx => GlobalId.Encode(nameof(Subscription), ctx.Source.Id));
        Field<NonNullGraphType<SubscriptionSourceType>>("source").Description("What it runs.").Resolve(ctx => ctx.Source.Source);
        Field<SavedSearchType>("savedSearch").Description("The saved search it runs (source SAVED_SEARCH).")
            .ResolveAsync(async ctx => ctx.Source.SavedSearchId is { } id ? await ctx.Service<Matchmaking.Core.Storage.MatchmakingDbContext>().SavedSearches.FindAsync([id], ctx.CancellationToken) : null);
        Field<DemandType>("demand").Description("The owner's demand whose matching achievements and experts it delivers (source LISTING).")
            .Resolve(ctx => ctx.Source is { ListingKind: ListingKind.Demand, ListingId: { } id } ? ctx.Loaders().Demands.Load(id) : null);
        Field<AchievementType>("achievement").Description("The owner's achievement whose matching demands it delivers (source LISTING).")
            .Resolve(ctx => ctx.Source is { ListingKind: ListingKind.Achievement, ListingId: { } id } ? ctx.Loaders().Achievements.Load(id) : null);
        Field<ExpertType>("expert").Description("The owner's expert profile whose matching demands it delivers (source LISTING).")
            .Resolve(ctx => ctx.Source is { ListingKind: ListingKind.Expert, ListingId: { } id } ? ctx.Loaders().Experts.Load(id) : null);
        Field<NonNullGraphType<DigestFrequencyType>>("frequency").Description("How often its digest is built.").Resolve(ctx => ctx.Source.Frequency);
        Field(x => x.MinScore).Description("Hits scoring at or below this (the pipeline's score, as `search` reports it) are not delivered.");
        Field(x => x.EmailEnabled).Description("Whether digests are also e-mailed; the e-mail's unsubscribe link (退订) turns this off.");
        Field(x => x.Active).Description("False while paused; a resumed subscription starts from the moment it was resumed.");
        Field<DateTimeOffsetGraphType>("lastDigestAt").Description("When the digest job last looked at it.").Resolve(ctx => ctx.Source.LastDigestAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was made; listings written before are not delivered.").Resolve(ctx => ctx.Source.CreatedAt);
    }
}
