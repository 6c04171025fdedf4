using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class SearchFilterInputType : InputObjectGraphType
{
    public SearchFilterInputType()
    {
        Name = "SearchFilter";
        Description = "Hard filters on a search; every given field must match. Omit a field to filter nothing on it.";
        Field<ListGraphType<NonNullGraphType<IndustryType>>>("industries").Description("Any of these industries (产业).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regions").Description("Any of these regions (地区), normalised to 省/市/区: 合肥 = 合肥市 = 安徽省合肥市; a province (安徽) matches its cities.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("disciplines").Description("Any of these disciplines (学科).");
        Field<IntGraphType>("minTrl").Description("Lowest TRL (技术成熟度), 1–9.");
        Field<IntGraphType>("maxTrl").Description("Highest TRL, 1–9.");
        Field<MoneyInputGraphType>("budgetMin").Description("Keep listings whose price or budget reaches this amount (CNY).");
        Field<MoneyInputGraphType>("budgetMax").Description("Keep listings whose price or budget starts at or below this amount (CNY).");
        Field<ListGraphType<NonNullGraphType<CooperationModeType>>>("cooperationModes").Description("Any of these cooperation modes (合作方式).");
        Field<ListGraphType<NonNullGraphType<ListingStatusType>>>("statuses").Description("Any of these statuses; unknown values are refused.");
        Field<DateOnlyGraphType>("deadlineFrom").Description("Keep demands whose deadline is on or after this day (ISO-8601).");
    }
}
