using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class ConstraintCheckType : ObjectGraphType<ConstraintCheck>
{
    public ConstraintCheckType()
    {
        Name = "ConstraintCheck";
        Description = "One of a match's constraints, met or missed.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("trl, budget or region; availability for an expert (open to projects and under his capacity).").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("met").Description("Whether the candidate meets it.").Resolve(ctx => ctx.Source.Met);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("What was compared, in words (e.g. the TRL asked and offered).").Resolve(ctx => ctx.Source.Detail);
    }
}
