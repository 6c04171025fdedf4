using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Listings.Duplicates;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.GraphQL.Duplicates;

/// <summary>The admin's list of expert profiles that may be one person.</summary>
internal static class DuplicateQueryFields
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<ExpertIdentitySuggestionType>>>("expertIdentitySuggestions")
            .Description("Admins only: groups of expert profiles that may be one person (疑似同一专家) — the same name at the same institution, or the same phone or e-mail — largest group first.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                Access.RequireRole(ctx.Viewer(), Roles.Admin);
                var all = await ExpertIdentities.SuggestAsync(ctx.Service<MatchmakingDbContext>(), ctx.CancellationToken);
                return ConnectionPage.From(Connections.InMemory(ctx, all));
            });
}
