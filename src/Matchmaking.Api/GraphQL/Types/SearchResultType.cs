using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class SearchResultType : ObjectGraphType<SearchResult>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "The hits of a search and how many listings matched in all.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many listings match, before paging.").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("hits").Description("The best hits first.").Resolve(ctx => ctx.Source.Hits);
    }
}
