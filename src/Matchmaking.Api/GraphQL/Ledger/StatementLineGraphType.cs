using GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class StatementLineGraphType : ObjectGraphType<StatementLine>
{
    public StatementLineGraphType()
    {
        Name = "StatementLine";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("postedAt").Resolve(ctx => ctx.Source.PostedAt);
        Field<NonNullGraphType<IdGraphType>>("dealId").Resolve(ctx => GlobalId.Encode("Deal", ctx.Source.DealId));
        Field<NonNullGraphType<IdGraphType>>("paymentId").Resolve(ctx => GlobalId.Encode("Payment", ctx.Source.PaymentId));
        Field<PartyRoleGraphType>("role").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<MoneyAmountGraphType>>("amount").Description("Positive when credited, negative when reversed.").Resolve(ctx => new Money(ctx.Source.Amount, ctx.Source.Currency));
    }
}
