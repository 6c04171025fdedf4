using GraphQL.Types;
using GraphQL.Types.Relay;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class SearchConnectionType : ObjectGraphType<SearchPage>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A page of hits, the total count and facet counts over every matching listing.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many listings match, before paging.").Resolve(ctx => ctx.Source.Result.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetType>>>>("facets").Description("Counts by industry, region, discipline, trl and kind (empty for recommendations).")
            .Resolve(ctx => ctx.Source.Result.Facets.ByFacet.Select(f => new Facet(f.Key, f.Value)).ToList());
    }
}
