using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class ConstraintCheckType : ObjectGraphType<ConstraintCheck>
{
    public ConstraintCheckType()
    {
        Name = "ConstraintCheck";
        Field<NonNullGraphType<StringGraphType>>("name").Description("trl, budget or region.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("met").Resolve(ctx => ctx.Source.Met);
        Field<NonNullGraphType<StringGraphType>>("detail").Resolve(ctx => ctx.Source.Detail);
    }
}
