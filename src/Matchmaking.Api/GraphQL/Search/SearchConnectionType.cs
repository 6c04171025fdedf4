using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class SearchConnectionType : ObjectGraphType<SearchPage>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A page of hits of a search or recommendation (Relay cursor connection), best first, with the total count and facet counts.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeType>>>>("edges").Description("The page's hits, best first.").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Cursors of the first and last hit, and whether there is more on either side.").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many listings match, before paging.").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetType>>>>("facets").Description("Counts by industry, region, discipline, TRL and kind over every match (empty for recommendations). Each value is spelled as the filter takes it.")
            .Resolve(ctx => ctx.Source.Result.Facets.ByFacet.Select(f => new Facet(f.Key, f.Value)).ToList());
    }
}
