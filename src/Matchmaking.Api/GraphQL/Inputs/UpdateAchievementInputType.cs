using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class UpdateAchievementInputType : InputObjectGraphType
{
    public UpdateAchievementInputType()
    {
        Name = "UpdateAchievementInput";
        Description = "Changes to an achievement; omitted fields stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The achievement to change.");
        Field<StringGraphType>("title").Description("New title.");
        Field<StringGraphType>("abstract").Description("New abstract.");
        Field<AchievementStatusType>("status").Description("WITHDRAWN takes it off the market.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("New keywords (replace the old ones).");
        Field<StringGraphType>("discipline").Description("New discipline.");
        Field<IndustryType>("industry").Description("New industry.");
        Field<StringGraphType>("region").Description("New region.");
        Field<IntGraphType>("trl").Description("Technology readiness level, 1–9.");
        Field<IpFormType>("ipForm").Description("New IP form.");
        Field<StringGraphType>("ipNumber").Description("New patent or registration number.");
        Field<ListGraphType<NonNullGraphType<CooperationModeType>>>("cooperationModes").Description("New cooperation modes (replace the old ones).");
        Field<MoneyInputGraphType>("askingPrice").Description("Asking price (转让价格), CNY; null = negotiable (面议).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("teamExpertIds").Description("New team (Expert ids; replace the old ones).");
    }
}
