using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>A hit: the listing as the node, the ranking's facts about it on the edge (Relay edges may carry such fields).</summary>
public sealed class SearchEdgeType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "One hit of a search or recommendation: the listing as `node`, and why it ranks here.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque; pass as `after` (or `before`) to page from this hit.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<ListingInterface>>("node").Description("The listing: a Demand, Achievement, Expert or Enterprise.").Resolve(ctx => ctx.Source.Listing);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Final ranking score; higher is better, comparable within one result only.").Resolve(ctx => ctx.Source.Hit.Score);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why it ranks here: signals and their shares, matched terms, constraints.").Resolve(ctx => ctx.Source.Hit.Explanation);
        Field<NonNullGraphType<IntGraphType>>("duplicateCount").Description("How many listings this hit stands for (重复组大小): itself and its possible duplicates, folded into it when collapseDuplicates is on; 1 when it has none.").Resolve(ctx => ctx.Source.Hit.DuplicateGroupSize);
        Field<Types.MatchType>("existingMatch")
            .Description("For recommendations: the match (撮合) this listing already has with the one recommended for, when you may see it; null when there is none, and always for a free-text search.")
            .Resolve(ctx => ExistingMatch(ctx.Source, ctx.Viewer(), ctx.Loaders()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightType>>>>("highlights").Description("Passages with matches in <em>…</em> (HTML-escaped).").Resolve(ctx => ctx.Source.Hit.Explanation.Highlights);
    }

    private static Loading.Deferred<Core.Domain.Match?>? ExistingMatch(SearchEdge edge, Auth.Viewer viewer, Loading.DataLoaders loaders)
    {
        if (edge.For is not { } source || viewer.Subject is null)
        {
            return null;
        }

        // A demand's candidates pair as (demand, hit); an achievement's or expert's demands as (hit, listing).
        var pair = source.Kind == Core.Domain.ListingKind.Demand ? (source.Id, edge.Hit.Id) : (edge.Hit.Id, source.Id);
        var load = loaders.MatchesByPair.Load(pair);
        return new(async ct =>
        {
            var match = await load.GetResultAsync(ct);
            return match is not null && await MatchAccess.CanSeeAsync(viewer, match, loaders, ct) ? match : null;
        });
    }
}
