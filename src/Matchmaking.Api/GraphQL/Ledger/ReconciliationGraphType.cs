using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class ReconciliationGraphType : ObjectGraphType<ReconciliationRun>
{
    public ReconciliationGraphType()
    {
        Name = "Reconciliation";
        Description = "The latest ledger check: entries per deal equal settled payments, every posting balances.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("ranAt").Description("When the check ran (UTC).").Resolve(ctx => ctx.Source.RanAt);
        Field<NonNullGraphType<BooleanGraphType>>("ok").Description("True when nothing failed.").Resolve(ctx => ctx.Source.Ok);
        Field<NonNullGraphType<IntGraphType>>("dealsChecked").Description("How many deals were checked.").Resolve(ctx => ctx.Source.DealsChecked);
        Field<NonNullGraphType<IntGraphType>>("paymentsChecked").Description("How many payments were checked.").Resolve(ctx => ctx.Source.PaymentsChecked);
        Field<NonNullGraphType<IntGraphType>>("pendingPayments").Description("Payments not yet settled (not failures).").Resolve(ctx => ctx.Source.PendingPayments);
        Field<NonNullGraphType<IntGraphType>>("failureCount").Description("How many checks failed.").Resolve(ctx => ctx.Source.FailureCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("failures").Description("What failed, one line each (the first ones).")
            .Resolve(ctx => ctx.Source.Failures.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
