using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.GraphQL.Search;
using Matchmaking.Core.Domain;
using Matchmaking.Core.SavedSearches;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL.Notifications;

/// <summary>SavedSearch.results: a saved search run now, through the same pipeline as `search`.</summary>
internal static class SavedSearchRunField
{
    public static void Add(ObjectGraphType<SavedSearch> savedSearch) =>
        savedSearch.Field<NonNullGraphType<SearchConnectionType>>("results")
            .Description("Runs the saved search now (its text, kinds and industry) through the same pipeline as `search`; only its owner can read it. Ranked results page by position: `last` needs `before`.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                string subject = Access.RequireSubject(ctx.Viewer());
                var options = ctx.Service<IOptions<GraphQLOptions>>().Value;
                var (offset, count) = Connections.Positions(Connections.Read(ctx), options.MaxSearchOffset);
                var result = await ctx.Service<SavedSearchService>().RunAsync(subject, ctx.Source.Id, offset, count, ctx.CancellationToken);
                return await SearchQueryFields.PageAsync(ctx, result, offset);
            });
}
