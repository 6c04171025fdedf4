using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class PublishAchievementInputType : InputObjectGraphType
{
    public PublishAchievementInputType()
    {
        Name = "PublishAchievementInput";
        Description = "A new research achievement (发布科技成果).";
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title (成果名称), at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("abstract").Description("Abstract (成果简介).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Keywords (关键词).");
        Field<StringGraphType>("discipline").Description("Discipline (学科).");
        Field<IndustryType>("industry").Description("Industry (产业); OTHER when omitted.");
        Field<StringGraphType>("region").Description("Region (地区), e.g. 合肥市.");
        Field<IntGraphType>("trl").Description("Technology readiness level, 1–9; 1 when not given.");
        Field<IpFormType>("ipForm").Description("Form of the IP; KNOW_HOW when omitted.");
        Field<StringGraphType>("ipNumber").Description("Patent or registration number (专利号), e.g. ZL202110123456.7.");
        Field<ListGraphType<NonNullGraphType<CooperationModeType>>>("cooperationModes").Description("The ways you will hand it over.");
        Field<MoneyInputGraphType>("askingPrice").Description("Asking price (转让价格), CNY; null = negotiable (面议).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("teamExpertIds").Description("The experts behind it (Expert ids).");
    }
}
