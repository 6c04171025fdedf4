using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PaymentGraphType : ObjectGraphType<PaymentView>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Description = "Money received on a deal (回款), or a refund / chargeback of part of it.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is PaymentView;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id. Do not parse it.").Resolve(ctx => GlobalId.Encode("Payment", ctx.Source.Payment.Id));
        Field<NonNullGraphType<PaymentKindGraphType>>("kind").Description("PAYMENT, REFUND or CHARGEBACK.").Resolve(ctx => ctx.Source.Payment.PaymentKind);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount received, or refunded (always positive).").Resolve(ctx => new Money(ctx.Source.Payment.Amount, ctx.Source.Payment.Currency));
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("The key as the client sent it; keys are scoped to their deal.").Resolve(ctx => IdempotencyKeys.ClientKey(ctx.Source.Payment.DealId, ctx.Source.Payment.IdempotencyKey));
        Field<PaymentGraphType>("refundOf").Description("For a refund or chargeback: the payment it reverses part of.")
            .Resolve(ctx => ctx.Source.Payment.RefundOf is { } id ? ctx.Loaders().Payments.Load(id) : null);
        Field<NonNullGraphType<DealGraphType>>("deal").Description("The deal the money belongs to.").Resolve(ctx => ctx.Loaders().Deals.Load(ctx.Source.Payment.DealId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("receivedAt").Description("When it was recorded (UTC).").Resolve(ctx => ctx.Source.Payment.ReceivedAt);
        Field<NonNullGraphType<BooleanGraphType>>("settled").Description("Split into ledger entries by the settlement job.").Resolve(ctx => ctx.Source.Settled);
        Field<NonNullGraphType<IntGraphType>>("policyVersion").Description("The deal's policy version when the payment was recorded; it settles under that version.").Resolve(ctx => ctx.Source.PolicyVersion);
    }
}
