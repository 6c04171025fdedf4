using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class UpdateAchievementInputType : InputObjectGraphType
{
    public UpdateAchievementInputType()
    {
        Name = "UpdateAchievementInput";
        Description = "Changes to an achievement; omitted fields stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("title");
        Field<StringGraphType>("abstract");
        Field<AchievementStatusType>("status").Description("WITHDRAWN takes it off the market.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords");
        Field<StringGraphType>("discipline");
        Field<IndustryType>("industry");
        Field<StringGraphType>("region");
        Field<IntGraphType>("trl").Description("Technology readiness level, 1–9.");
        Field<IpFormType>("ipForm");
        Field<StringGraphType>("ipNumber");
        Field<ListGraphType<NonNullGraphType<CooperationModeType>>>("cooperationModes");
        Field<MoneyGraphType>("askingPrice").Description("Decimal string, CNY; null = negotiable (面议).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("teamExpertIds");
    }
}
