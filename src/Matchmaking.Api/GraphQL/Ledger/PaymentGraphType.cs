using Matchmaking.Core.Ledger;
using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PaymentGraphType : ObjectGraphType<PaymentView>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Description = "Money received on a deal, or a refund / chargeback of part of it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Payment", ctx.Source.Payment.Id));
        Field<NonNullGraphType<PaymentKindGraphType>>("kind").Resolve(ctx => ctx.Source.Payment.PaymentKind);
        Field<NonNullGraphType<MoneyAmountGraphType>>("amount").Resolve(ctx => new Money(ctx.Source.Payment.Amount, ctx.Source.Payment.Currency));
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("The key as the client sent it; keys are scoped to their deal.").Resolve(ctx => IdempotencyKeys.ClientKey(ctx.Source.Payment.DealId, ctx.Source.Payment.IdempotencyKey));
        Field<IdGraphType>("refundOf").Resolve(ctx => ctx.Source.Payment.RefundOf is { } id ? GlobalId.Encode("Payment", id) : null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("receivedAt").Resolve(ctx => ctx.Source.Payment.ReceivedAt);
        Field<NonNullGraphType<BooleanGraphType>>("settled").Description("Split into ledger entries by the settlement job.").Resolve(ctx => ctx.Source.Settled);
        Field<NonNullGraphType<IntGraphType>>("policyVersion").Description("The deal's policy version when the payment was recorded; it settles under that version.").Resolve(ctx => ctx.Source.PolicyVersion);
    }
}
