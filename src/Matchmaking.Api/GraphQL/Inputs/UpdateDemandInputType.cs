using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class UpdateDemandInputType : InputObjectGraphType
{
    public UpdateDemandInputType()
    {
        Name = "UpdateDemandInput";
        Description = "Changes to a demand; omitted fields stay as they are, explicit nulls clear optional ones.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("title");
        Field<StringGraphType>("description");
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
