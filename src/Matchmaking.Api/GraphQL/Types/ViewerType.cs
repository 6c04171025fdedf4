using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Paging;
using Matchmaking.Core.SavedSearches;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is asking (当前用户), from the bearer token; anonymous when there is none.";
        Field(x => x.Subject, nullable: true).Description("The token's subject (user id); null when anonymous.");
        Field<RoleType>("role").Description("The role the token carries; null when anonymous.").Resolve(ctx => ctx.Source.Role);
        Field(x => x.IsAuthenticated).Description("Whether a valid token came with the request.");
        Owned<EnterpriseType, Enterprise>("enterprises", "Enterprises this user owns, by name.", (q, s) => q.Enterprises(new() { OwnerSubject = s }), ListingQueries.Orders<Enterprise>(ListingOrder.TitleAsc, e => e.Name));
        Owned<ExpertType, Expert>("experts", "Expert profiles this user owns, by name.", (q, s) => q.Experts(new() { OwnerSubject = s }), ListingQueries.Orders<Expert>(ListingOrder.TitleAsc, e => e.Name));
        Owned<AchievementType, Achievement>("achievements", "Achievements this user published, newest first.", (q, s) => q.Achievements(new() { OwnerSubject = s }), ListingQueries.Orders<Achievement>(ListingOrder.CreatedAtDesc, a => a.Title));
        Field<NonNullGraphType<ConnectionGraphType<SavedSearchType>>>("savedSearches").Description("Searches this user keeps (保存的检索), by name.").Paged()
            .ResolveAsync(async ctx => ConnectionPage.From(Connections.InMemory(ctx,
                ctx.Source.Subject is { } s ? await ctx.Service<SavedSearchService>().ListAsync(s, ctx.CancellationToken) : [])));
        Notifications.NotificationFields.AddViewerFields(this);
    }

    private void Owned<TGraph, T>(string name, string description, Func<ListingQueries, string, IQueryable<T>> source, IKeysetOrder<T> order)
        where TGraph : IGraphType, new() => Field<NonNullGraphType<ConnectionGraphType<TGraph>>>(name).Description(description).Paged()
            .ResolveAsync(async ctx => ConnectionPage.From(ctx.Source.Subject is { } s
                ? await Connections.KeysetAsync(ctx, source(ctx.Service<ListingQueries>(), s), order)
                : new Slice<T>([], [], 0, false, false)));
}
