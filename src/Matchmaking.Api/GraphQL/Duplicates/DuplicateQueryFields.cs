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
            .Argument<ExpertIdentityFilterInputType>("filter", "Only suggestions for these reasons.")
            .Argument<ExpertIdentityOrderType>("orderBy", "Sort order; LARGEST_FIRST by default.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                Access.RequireRole(ctx.Viewer(), Roles.Admin);
                var reasons = ctx.GetArgument<object?>("filter") is null ? null
                    : ctx.Input("filter").Get<IEnumerable<object?>>("reasons")?.OfType<DuplicateReason>().ToHashSet();
                var all = await ExpertIdentities.SuggestAsync(ctx.Service<MatchmakingDbContext>(), ctx.CancellationToken);
                IEnumerable<ExpertIdentitySuggestion> kept = reasons is { Count: > 0 } ? all.Where(g => reasons.Contains(g.Reason)) : all;
                if (ctx.GetArgument("orderBy", ExpertIdentityOrder.LargestFirst) == ExpertIdentityOrder.ByReason)
                {
                    kept = kept.OrderBy(g => g.Reason).ThenByDescending(g => g.ExpertIds.Count);
                }

                return ConnectionPage.From(Connections.InMemory(ctx, kept.ToList()));
            });
}
