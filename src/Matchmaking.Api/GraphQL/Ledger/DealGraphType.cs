using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class DealGraphType : ObjectGraphType<DealView>
{
    public DealGraphType()
    {
        Name = "Deal";
        Description = "The contract (合同) behind a contracted match, with its payments and revenue-share ledger. Visible to its parties, its broker and admins.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is DealView;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id. Do not parse it.").Resolve(ctx => GlobalId.Encode("Deal", ctx.Source.Deal.Id));
        Field<Types.MatchType>("match").Description("The contracted match the deal was made from; null only for callers who may not see the match.")
            .ResolveAsync(async ctx => await GraphQL.Fields.MatchAccess.LoadVisibleOrNullAsync(ctx.Viewer(), ctx.Source.Deal.MatchId, ctx.Loaders(), ctx.CancellationToken));
        Field<NonNullGraphType<ContractTypeGraphType>>("contractType").Description("The kind of contract.").Resolve(ctx => ctx.Source.Deal.ContractType);
        Field<NonNullGraphType<MoneyGraphType>>("value").Description("The contract's value (合同金额).").Resolve(ctx => new Money(ctx.Source.Deal.Value, ctx.Source.Deal.Currency));
        Field<StringGraphType>("brokerSubject").Description("The subject (user id) of the broker who handles the deal.").Resolve(ctx => ctx.Source.Deal.BrokerSubject);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the deal was opened (UTC).").Resolve(ctx => ctx.Source.Deal.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DealPartyGraphType>>>>("parties").Description("Who the deal's parties are and under which role they are paid, by role, then largest sub-share first; a handful per deal.")
            .Resolve(ctx => ctx.Source.Deal.Parties.OrderBy(p => p.Role).ThenByDescending(p => p.SubShareBasisPoints ?? 0).ThenBy(p => p.Reference, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<PolicyGraphType>>("policy").Description("The policy for payments recorded from now on.")
            .Resolve(ctx => ctx.Source.Policies.First(p => p.Id == ctx.Source.Deal.PolicyId));
        Field<NonNullGraphType<ConnectionGraphType<PaymentGraphType>>>("payments").Description("Payments, refunds and chargebacks, oldest first.").Paged()
            .Resolve(ctx => ConnectionPage.From(Connections.InMemory(ctx, ctx.Source.Payments.Select(p => new PaymentView(p, ctx.Source.Settled.Contains(p.Id), ctx.Source.Policies.First(x => x.Id == p.PolicyId).Version)).ToList())));
        Field<NonNullGraphType<ConnectionGraphType<LedgerEntryGraphType>>>("ledger").Description("Every entry posted for this deal, oldest first.").Paged()
            .Resolve(ctx => ConnectionPage.From(Connections.InMemory(ctx, ctx.Source.Entries)));
        Field<NonNullGraphType<MoneyGraphType>>("paid").Description("Payments minus refunds recorded so far.")
            .Resolve(ctx => new Money(ctx.Source.Payments.Sum(p => p.PaymentKind == Core.Domain.PaymentKind.Payment ? p.Amount : -p.Amount), ctx.Source.Deal.Currency));
    }
}
