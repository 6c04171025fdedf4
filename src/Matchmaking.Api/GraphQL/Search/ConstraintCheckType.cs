using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class ConstraintCheckType : ObjectGraphType<ConstraintCheck>
{
    public ConstraintCheckType()
    {
        Name = "ConstraintCheck";
        Description = "One of a match's constraints (匹配条件), met or missed, checked in every rerank mode.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("trl (技术成熟度), budget (预算: met when the price is within the budget; a cheaper achievement fits), region (地区), cooperation (合作方式: a mode both accept), deadline (截止日期: the demand due far enough ahead) or availability (承接能力: an expert open to projects and under his capacity).").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("met").Description("Whether the candidate meets it.").Resolve(ctx => ctx.Source.Met);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("What was compared, in words, labelled from the candidate's side (e.g. \"price 200,000 within the budget 1,000,000–4,700,000\"; a single value prints as a value).").Resolve(ctx => ctx.Source.Detail);
    }
}
