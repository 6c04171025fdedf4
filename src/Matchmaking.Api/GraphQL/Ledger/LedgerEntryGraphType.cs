using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class LedgerEntryGraphType : ObjectGraphType<LedgerEntry>
{
    public LedgerEntryGraphType()
    {
        Name = "LedgerEntry";
        Description = "One side of a double-entry posting (分录); entries are never changed, refunds post reversing ones.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is LedgerEntry;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id. Do not parse it.").Resolve(ctx => GlobalId.Encode("LedgerEntry", ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("account").Description("The account posted to, e.g. cash:<deal> or payee:<payee>:<role>.").Resolve(ctx => ctx.Source.Account);
        Field<StringGraphType>("payee").Description("Who is paid (the payee key); null on the cash side.").Resolve(ctx => ctx.Source.Payee);
        Field<PartyRoleGraphType>("role").Description("The role the payee is paid under; null on the cash side.").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<EntrySideGraphType>>("side").Description("DEBIT or CREDIT.").Resolve(ctx => ctx.Source.Side);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount posted (always positive; the side says which way).").Resolve(ctx => new Money(ctx.Source.Amount, ctx.Source.Currency));
        Field<NonNullGraphType<PaymentGraphType>>("payment").Description("The payment (or refund) whose settlement posted it.").Resolve(ctx => ctx.Loaders().Payments.Load(ctx.Source.PaymentId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("postedAt").Description("When the settlement job posted it (UTC).").Resolve(ctx => ctx.Source.PostedAt);
    }
}
