using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class PublishAchievementInputType : InputObjectGraphType
{
    public PublishAchievementInputType()
    {
        Name = "PublishAchievementInput";
        Description = "A new research achievement (发布科技成果).";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("abstract");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords");
        Field<StringGraphType>("discipline");
        Field<IndustryType>("industry");
        Field<StringGraphType>("region");
        Field<IntGraphType>("trl").Description("Technology readiness level, 1–9; 1 when not given.");
        Field<IpFormType>("ipForm");
        Field<StringGraphType>("ipNumber");
        Field<ListGraphType<NonNullGraphType<CooperationModeType>>>("cooperationModes");
        Field<MoneyGraphType>("askingPrice").Description("Decimal string, CNY; null = negotiable (面议).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("teamExpertIds");
    }
}
