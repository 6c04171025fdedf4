using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class DealGraphType : ObjectGraphType<DealView>
{
    public DealGraphType()
    {
        Name = "Deal";
        Description = "The contract behind a contracted match, with its payments and revenue-share ledger. Visible to its parties, its broker and admins.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Deal", ctx.Source.Deal.Id));
        Field<NonNullGraphType<IdGraphType>>("matchId").Resolve(ctx => GlobalId.Encode("Match", ctx.Source.Deal.MatchId));
        Field<NonNullGraphType<ContractTypeGraphType>>("contractType").Resolve(ctx => ctx.Source.Deal.ContractType);
        Field<NonNullGraphType<MoneyAmountGraphType>>("value").Resolve(ctx => new Money(ctx.Source.Deal.Value, ctx.Source.Deal.Currency));
        Field<StringGraphType>("brokerSubject").Resolve(ctx => ctx.Source.Deal.BrokerSubject);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.Deal.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DealPartyGraphType>>>>("parties").Resolve(ctx => ctx.Source.Deal.Parties);
        Field<NonNullGraphType<PolicyGraphType>>("policy").Description("The policy for payments recorded from now on.")
            .Resolve(ctx => ctx.Source.Policies.First(p => p.Id == ctx.Source.Deal.PolicyId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("payments")
            .Resolve(ctx => ctx.Source.Payments.Select(p => new PaymentView(p, ctx.Source.Settled.Contains(p.Id), ctx.Source.Policies.First(x => x.Id == p.PolicyId).Version)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerEntryGraphType>>>>("ledger").Description("Every entry posted for this deal, oldest first.").Resolve(ctx => ctx.Source.Entries);
        Field<NonNullGraphType<MoneyAmountGraphType>>("paid").Description("Payments minus refunds recorded so far.")
            .Resolve(ctx => new Money(ctx.Source.Payments.Sum(p => p.PaymentKind == Core.Domain.PaymentKind.Payment ? p.Amount : -p.Amount), ctx.Source.Deal.Currency));
    }
}
