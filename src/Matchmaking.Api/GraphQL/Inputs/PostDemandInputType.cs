using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class PostDemandInputType : InputObjectGraphType
{
    public PostDemandInputType()
    {
        Name = "PostDemandInput";
        Description = "A new technical demand (发布技术需求).";
        Field<NonNullGraphType<IdGraphType>>("enterpriseId").Description("Your enterprise.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title (标题), at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the enterprise needs (需求描述).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Keywords (关键词).");
        Field<IndustryType>("industry").Description("Industry (产业); OTHER when omitted.");
        Field<StringGraphType>("region").Description("Region (地区), e.g. 合肥市.");
        Field<MoneyInputGraphType>("budgetMin").Description("Budget lower bound (预算下限), CNY, e.g. {amount: \"100000\"}; null = open.");
        Field<MoneyInputGraphType>("budgetMax").Description("Budget upper bound (预算上限), CNY; null = open.");
        Field<DateOnlyGraphType>("deadline").Description("ISO-8601 date; not in the past.");
        Field<IntGraphType>("requiredTrl").Description("Lowest acceptable TRL, 1–9.");
        Field<ListGraphType<NonNullGraphType<CooperationModeType>>>("cooperationModes").Description("The ways you will work with a partner.");
        Field<ContactInputType>("contact").Description("Private contact details, shown to the other party from INTRODUCED on.");
    }
}
