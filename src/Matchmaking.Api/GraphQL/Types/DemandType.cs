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
        Interface<ListingInterface>();
        IsTypeOf = o => o is Demand;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(Demand), ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("The heading to show: the title (shared with the Listing interface).").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<ListingKindType>>("kind").Description("Always DEMAND.").Resolve(_ => ListingKind.Demand);
        Field(x => x.Title).Description("Title (标题).");
        Field(x => x.Description).Description("What the enterprise needs (需求描述).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Keywords (关键词).").Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<IndustryType>>("industry").Resolve(ctx => ctx.Source.Industry);
        Field(x => x.Region).Description("Region (地区), e.g. 合肥市.");
        Field<MoneyGraphType>("budgetMin").Description("Budget lower bound (预算下限); null when open.").Resolve(ctx => Money.InCny(ctx.Source.BudgetMin));
        Field<MoneyGraphType>("budgetMax").Description("Budget upper bound (预算上限); null when open.").Resolve(ctx => Money.InCny(ctx.Source.BudgetMax));
        Field<DateOnlyGraphType>("deadline").Description("Deadline (截止日期), ISO-8601 date.").Resolve(ctx => ctx.Source.Deadline);
        Field(x => x.RequiredTrl, nullable: true).Description("Lowest technology readiness level (TRL 1–9, 技术成熟度) an answer must have.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationModeType>>>>("cooperationModes").Description("The ways the enterprise will work with a partner (合作方式).").Resolve(ctx => CooperationModeType.Split(ctx.Source.CooperationModes).Cast<object>());
        Field<NonNullGraphType<DemandStatusType>>("status").Description("OPEN, CLOSED, or EXPIRED once its deadline has passed (even before the daily job marks it).").Resolve(ctx => Core.Listings.DemandStatuses.Effective(ctx.Source, Core.Listings.DemandStatuses.Today(ctx.Service<TimeProvider>())));
        Field<EnterpriseType>("enterprise").Description("The enterprise that posted it (发布企业).").Resolve(ctx => ctx.Loaders().Enterprises.Load(ctx.Source.EnterpriseId));
        ContactRules.AddFields(this, ContactRules.Demand, d => d.Contact);
        Duplicates.DuplicateFields.AddTo(this);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was posted (UTC).").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When it last changed (UTC).").Resolve(ctx => ctx.Source.UpdatedAt);
    }
}
