using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class LedgerEntryGraphType : ObjectGraphType<LedgerEntry>
{
    public LedgerEntryGraphType()
    {
        Name = "LedgerEntry";
        Description = "One side of a double-entry posting; entries are never changed, refunds post reversing ones.";
        Field<NonNullGraphType<StringGraphType>>("account").Resolve(ctx => ctx.Source.Account);
        Field<StringGraphType>("payee").Description("Who is paid; null on the cash side.").Resolve(ctx => ctx.Source.Payee);
        Field<PartyRoleGraphType>("role").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<EntrySideGraphType>>("side").Resolve(ctx => ctx.Source.Side);
        Field<NonNullGraphType<MoneyAmountGraphType>>("amount").Resolve(ctx => new Money(ctx.Source.Amount, ctx.Source.Currency));
        Field<NonNullGraphType<IdGraphType>>("paymentId").Resolve(ctx => GlobalId.Encode("Payment", ctx.Source.PaymentId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("postedAt").Resolve(ctx => ctx.Source.PostedAt);
    }
}
