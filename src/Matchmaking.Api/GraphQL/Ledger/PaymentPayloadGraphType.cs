using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PaymentPayloadGraphType : ObjectGraphType<LedgerPayload<PaymentView>>
{
    public PaymentPayloadGraphType()
    {
        Name = "PaymentPayload";
        Description = "The payment recorded (or, for a repeated idempotency key with the same content, the first one).";
        Field<PaymentGraphType>("payment").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerUserErrorGraphType>>>>("userErrors").Resolve(ctx => ctx.Source.UserErrors);
    }
}
