using GraphQL.Types;
using GraphQL.Types.Relay;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class FacetType : ObjectGraphType<Facet>
{
    public FacetType()
    {
        Name = "Facet";
        Field<NonNullGraphType<StringGraphType>>("name").Description("industry, region, discipline, trl or kind.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueType>>>>("values").Description("Most frequent first.").Resolve(ctx => ctx.Source.Values);
    }
}
