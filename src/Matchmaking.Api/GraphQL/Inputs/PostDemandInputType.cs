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
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords");
        Field<IndustryType>("industry");
        Field<StringGraphType>("region");
        Field<MoneyGraphType>("budgetMin").Description("Decimal string, CNY, e.g. \"100000.00\".");
        Field<MoneyGraphType>("budgetMax");
        Field<DateOnlyGraphType>("deadline").Description("ISO-8601 date; not in the past.");
        Field<IntGraphType>("requiredTrl").Description("Lowest acceptable TRL, 1–9.");
        Field<ListGraphType<NonNullGraphType<CooperationModeType>>>("cooperationModes");
        Field<ContactInputType>("contact");
    }
}
