using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class ReconciliationGraphType : ObjectGraphType<ReconciliationRun>
{
    public ReconciliationGraphType()
    {
        Name = "Reconciliation";
        Description = "The latest ledger check: entries per deal equal settled payments, every posting balances.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("ranAt").Resolve(ctx => ctx.Source.RanAt);
        Field<NonNullGraphType<BooleanGraphType>>("ok").Resolve(ctx => ctx.Source.Ok);
        Field<NonNullGraphType<IntGraphType>>("dealsChecked").Resolve(ctx => ctx.Source.DealsChecked);
        Field<NonNullGraphType<IntGraphType>>("paymentsChecked").Resolve(ctx => ctx.Source.PaymentsChecked);
        Field<NonNullGraphType<IntGraphType>>("pendingPayments").Resolve(ctx => ctx.Source.PendingPayments);
        Field<NonNullGraphType<IntGraphType>>("failureCount").Resolve(ctx => ctx.Source.FailureCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("failures")
            .Resolve(ctx => ctx.Source.Failures.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
