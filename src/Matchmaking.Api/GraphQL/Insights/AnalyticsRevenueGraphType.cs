using GraphQL.Types;
using Matchmaking.Api.GraphQL.Ledger;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Analytics;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class AnalyticsRevenueGraphType : ObjectGraphType<RevenueFigures>
{
    public AnalyticsRevenueGraphType()
    {
        Name = "AnalyticsRevenue";
        Description = "Settled revenue (已结算收入) credited to one role on the period's deals, net of refunds.";
        Field<NonNullGraphType<PartyRoleGraphType>>("role").Description("The role paid.").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("What the ledger credited the role's payees, less what refunds took back.").Resolve(ctx => new Money(ctx.Source.Amount, "CNY"));
    }
}
