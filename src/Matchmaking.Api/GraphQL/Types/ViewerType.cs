using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Listings;
using Matchmaking.Core.SavedSearches;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is asking (当前用户), from the bearer token; anonymous when there is none.";
        Field(x => x.Subject, nullable: true).Description("The token's subject (user id); null when anonymous.");
        Field<RoleType>("role").Resolve(ctx => ctx.Source.Role);
        Field(x => x.IsAuthenticated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnterpriseType>>>>("enterprises").Description("Enterprises this user owns.").ResolveAsync(async ctx =>
            ctx.Source.Subject is { } s ? await ctx.Service<ListingQueries>().Enterprises(new() { OwnerSubject = s }, ListingOrder.TitleAsc).Take(100).ToListAsync(ctx.CancellationToken) : []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpertType>>>>("experts").Description("Expert profiles this user owns.").ResolveAsync(async ctx =>
            ctx.Source.Subject is { } s ? await ctx.Service<ListingQueries>().Experts(new() { OwnerSubject = s }, ListingOrder.TitleAsc).Take(100).ToListAsync(ctx.CancellationToken) : []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AchievementType>>>>("achievements").Description("Achievements this user published.").ResolveAsync(async ctx =>
            ctx.Source.Subject is { } s ? await ctx.Service<ListingQueries>().Achievements(new() { OwnerSubject = s }, ListingOrder.CreatedAtDesc).Take(100).ToListAsync(ctx.CancellationToken) : []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedSearchType>>>>("savedSearches").ResolveAsync(async ctx =>
            ctx.Source.Subject is { } s ? await ctx.Service<SavedSearchService>().ListAsync(s, ctx.CancellationToken) : []);
        Notifications.NotificationFields.AddViewerFields(this);
    }
}
