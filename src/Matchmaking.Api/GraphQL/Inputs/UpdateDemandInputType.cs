using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class UpdateDemandInputType : InputObjectGraphType
{
    public UpdateDemandInputType()
    {
        Name = "UpdateDemandInput";
        Description = "Changes to a demand; omitted fields stay as they are, explicit nulls clear optional ones.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The demand to change.");
        Field<StringGraphType>("title").Description("New title.");
        Field<StringGraphType>("description").Description("New description.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("New keywords (replace the old ones).");
        Field<IndustryType>("industry").Description("New industry.");
        Field<StringGraphType>("region").Description("New region.");
        Field<MoneyInputGraphType>("budgetMin").Description("Budget lower bound (预算下限), CNY, e.g. {amount: \"100000\"}; null = open.");
        Field<MoneyInputGraphType>("budgetMax").Description("Budget upper bound (预算上限), CNY; null = open.");
        Field<DateOnlyGraphType>("deadline").Description("ISO-8601 date; not in the past.");
        Field<IntGraphType>("requiredTrl").Description("Lowest acceptable TRL, 1–9.");
        Field<ListGraphType<NonNullGraphType<CooperationModeType>>>("cooperationModes").Description("New cooperation modes (replace the old ones).");
        Field<ContactInputType>("contact").Description("New contact details.");
    }
}
