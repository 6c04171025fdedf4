using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class DemandType : ObjectGraphType<Demand>
{
    public DemandType()
    {
        Name = "Demand";
        Description = "A technical demand (技术需求) posted by an enterprise: a problem it wants solved, with budget and constraints.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Demand;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(Demand), ctx.Source.Id));
        Field(x => x.Title).Description("Title (标题).");
        Field(x => x.Description).Description("What the enterprise needs (需求描述).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Keywords (关键词).").Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<IndustryType>>("industry").Resolve(ctx => ctx.Source.Industry);
        Field(x => x.Region).Description("Region (地区), e.g. 合肥市.");
        Field<MoneyGraphType>("budgetMin").Description("Budget lower bound (预算下限); null when open.").Resolve(ctx => ctx.Source.BudgetMin);
        Field<MoneyGraphType>("budgetMax").Description("Budget upper bound (预算上限); null when open.").Resolve(ctx => ctx.Source.BudgetMax);
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 currency of the budget; always CNY today.").Resolve(_ => "CNY");
        Field<DateOnlyGraphType>("deadline").Description("Deadline (截止日期), ISO-8601 date.").Resolve(ctx => ctx.Source.Deadline);
        Field(x => x.RequiredTrl, nullable: true).Description("Lowest technology readiness level (TRL 1–9, 技术成熟度) an answer must have.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationModeType>>>>("cooperationModes").Resolve(ctx => CooperationModeType.Split(ctx.Source.CooperationModes).Cast<object>());
        Field<NonNullGraphType<DemandStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<EnterpriseType>("enterprise").Description("The enterprise that posted it (发布企业).").Resolve(ctx => ctx.Loaders().Enterprises.Load(ctx.Source.EnterpriseId));
        Field<ContactInfoType>("contact").Description("Private contact (联系方式); null with an error for those who may not see it.").Resolve(ContactRules.Demand);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(ctx => ctx.Source.UpdatedAt);
    }
}
