using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class DemandType : ObjectGraphType<Demand>
{
    public DemandType()
    {
        Name = "Demand";
        Description = "A technical demand (技术需求) posted by an enterprise.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(Demand), ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(ctx => ctx.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<IndustryType>>("industry").Resolve(ctx => ctx.Source.Industry);
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(ctx => ctx.Source.Region);
        Field<IntGraphType>("requiredTrl").Description("Lowest technology readiness level (TRL 1–9) an answer must have.").Resolve(ctx => ctx.Source.RequiredTrl);
        Field<StringGraphType>("budgetMin").Description("Budget lower bound in CNY, as a decimal string.").Resolve(ctx => ctx.Source.BudgetMin?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        Field<StringGraphType>("budgetMax").Description("Budget upper bound in CNY, as a decimal string.").Resolve(ctx => ctx.Source.BudgetMax?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        Field<StringGraphType>("deadline").Description("ISO-8601 date.").Resolve(ctx => ctx.Source.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("status").Resolve(ctx => ctx.Source.Status.ToString().ToUpperInvariant());
    }
}
