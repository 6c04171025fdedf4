using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class StatementLineGraphType : ObjectGraphType<StatementLine>
{
    public StatementLineGraphType()
    {
        Name = "StatementLine";
        Description = "One ledger entry as its payee's statement shows it: credited positive, reversed negative.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is StatementLine;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id. Do not parse it.").Resolve(ctx => GlobalId.Encode("StatementLine", ctx.Source.EntryId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("postedAt").Description("When the entry was posted (UTC).").Resolve(ctx => ctx.Source.PostedAt);
        Field<NonNullGraphType<DealGraphType>>("deal").Description("The deal the money came from.").Resolve(ctx => ctx.Loaders().Deals.Load(ctx.Source.DealId));
        Field<NonNullGraphType<PaymentGraphType>>("payment").Description("The payment (or refund) behind the entry.").Resolve(ctx => ctx.Loaders().Payments.Load(ctx.Source.PaymentId));
        Field<PartyRoleGraphType>("role").Description("The role the payee was paid under.").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("Positive when credited, negative when reversed.").Resolve(ctx => new Money(ctx.Source.Amount, ctx.Source.Currency));
    }
}
