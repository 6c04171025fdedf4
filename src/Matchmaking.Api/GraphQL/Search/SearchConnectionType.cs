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
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many listings match, before paging (an estimate when totalCountIsExact is false).").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<BooleanGraphType>>("totalCountIsExact").Description("False when totalCount is an estimate: on an index of Search:PruneMinDocuments documents or more, a query with more than Search:CountSamplePostings postings is counted on windows spread evenly over the index and scaled up; and with duplicates collapsed, matches past the candidate pool or the page were not compared with the kept hits, so totalCount may count some of their duplicates. The hits and their order are exact either way.").Resolve(ctx => ctx.Source.Result.TotalCountIsExact);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetType>>>>("facets").Description("Counts by industry, region, discipline, TRL and kind (empty for recommendations): over every match up to Search:FacetSampleSize matches, past it (or when totalCount is counted on a sample of the index) estimated from a sample and flagged `exact: false`. Each value is spelled as the filter takes it.")
            .Resolve(ctx => ctx.Source.Result.Facets.ByFacet.Select(f => new Facet(f.Key, f.Value, ctx.Source.Result.Facets.Exact)).ToList());
    }
}
