using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "One listing found by a search.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(ctx.Source.Kind.ToString(), ctx.Source.Id));
        Field<NonNullGraphType<ListingKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The final ranking score; higher is better, comparable within one search only.").Resolve(ctx => ctx.Source.Score);
    }
}
