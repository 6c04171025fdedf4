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

public sealed class FacetType : ObjectGraphType<Facet>
{
    public FacetType()
    {
        Name = "Facet";
        Field<NonNullGraphType<StringGraphType>>("name").Description("industry, region, discipline, trl or kind.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueType>>>>("values").Description("Most frequent first.").Resolve(ctx => ctx.Source.Values);
    }
}

public sealed class FacetValueType : ObjectGraphType<FacetValue>
{
    public FacetValueType()
    {
        Name = "FacetValue";
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}

public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

public sealed record SearchPage(SearchResult Result, IReadOnlyList<SearchEdge> Edges, global::GraphQL.Types.Relay.DataObjects.PageInfo PageInfo);
