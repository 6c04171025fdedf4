using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Ledger;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Analytics;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsGroupGraphType : ObjectGraphType<AnalyticsGroup>
{
    public AnalyticsGroupGraphType()
    {
        Name = "AnalyticsGroup";
        Description = "The figures of one group (or of all of them, for the total). Demand figures count demands posted in the period; match figures count the matches proposed in it, whatever happened to them since.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The group: an Industry value (NEW_ENERGY_VEHICLES), a region, a broker's subject or a month (2026-01); empty for the total and for matches without a broker.").Resolve(ctx => Key(ctx.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("label").Description("The group as people read it: the industry's Chinese name (新能源汽车和智能网联汽车), else the key; 合计 for the total.").Resolve(ctx => Label(ctx.Source.Key));
        Field<NonNullGraphType<IntGraphType>>("demandsPosted").Description("Demands (技术需求) posted in the period.").Resolve(ctx => (int)ctx.Source.DemandsPosted);
        Field<NonNullGraphType<IntGraphType>>("demandsMatched").Description("Of those, demands with at least one match (for a broker: one of theirs).").Resolve(ctx => (int)ctx.Source.DemandsMatched);
        Field<NonNullGraphType<IntGraphType>>("matches").Description("Matches (撮合) proposed in the period.").Resolve(ctx => (int)ctx.Source.Matches);
        Field<NonNullGraphType<IntGraphType>>("contracts").Description("Of those, matches that reached CONTRACTED (签约).").Resolve(ctx => (int)ctx.Source.Contracts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalyticsStageGraphType>>>>("stages").Description("Every stage, in workflow order, REJECTED last.").Resolve(ctx => ctx.Source.Stages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalyticsRejectionGraphType>>>>("rejections").Description("Rejections by reason, reasons without any left out.").Resolve(ctx => ctx.Source.Rejections);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalyticsStepGraphType>>>>("steps").Description("The five steps SUGGESTED → SHORTLISTED … CONTRACTED → CLOSED, in order.").Resolve(ctx => ctx.Source.Steps);
        Field<NonNullGraphType<IntGraphType>>("deals").Description("Deals (合同) opened on the period's matches.").Resolve(ctx => (int)ctx.Source.Deals);
        Field<NonNullGraphType<MoneyGraphType>>("dealValue").Description("Their contract value (合同金额) in all.").Resolve(ctx => new Money(ctx.Source.DealValue, "CNY"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalyticsRevenueGraphType>>>>("revenue").Description("Settled revenue by role, roles without any left out.").Resolve(ctx => ctx.Source.Revenue);
    }

    /// <summary>Industry keys as the schema spells the Industry enum; others as they are.</summary>
    public static string Key(string key) => Enum.TryParse<Industry>(key, out _) && !int.TryParse(key, out _) ? key.ToConstantCase() : key;

    public static string Label(string key) => key.Length == 0 ? "合计" : Enum.TryParse<Industry>(key, out var industry) && !int.TryParse(key, out _) ? industry.Chinese() : key;
}
