using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PaymentKindGraphType : EnumerationGraphType<PaymentKind>
{
    public PaymentKindGraphType()
    {
        Name = "PaymentKind";
        Description = "PAYMENT, or a REFUND / CHARGEBACK that reverses part of one.";
    }
}
