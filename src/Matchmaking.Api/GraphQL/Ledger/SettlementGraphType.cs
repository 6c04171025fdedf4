using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class SettlementGraphType : ObjectGraphType<SettlementSummary>
{
    public SettlementGraphType()
    {
        Name = "Settlement";
        Description = "What one settlement run (结算) did: payments split into ledger entries, exactly once each.";
        Field<NonNullGraphType<IntGraphType>>("settled").Description("Payments this run split into entries.").Resolve(ctx => ctx.Source.Settled);
        Field<NonNullGraphType<IntGraphType>>("alreadySettled").Description("Payments another run had settled first.").Resolve(ctx => ctx.Source.AlreadySettled);
        Field<NonNullGraphType<IntGraphType>>("deferred").Description("Left for the next run (a refund whose original is not settled yet, or a contended payment).").Resolve(ctx => ctx.Source.Deferred);
        Field<NonNullGraphType<IntGraphType>>("entries").Description("Ledger entries posted.").Resolve(ctx => ctx.Source.Entries);
        Field<NonNullGraphType<MoneyGraphType>>("net").Description("Payments minus refunds settled by this run (CNY).").Resolve(ctx => new Money(ctx.Source.NetAmount, Money.Cny));
    }
}

public sealed class SettlePaymentsInputGraphType : InputObjectGraphType
{
    public SettlePaymentsInputGraphType()
    {
        Name = "SettlePaymentsInput";
        Description = "Settle the pending payments now rather than at the job's next run. Nothing to choose: send `{}`.";
        Field<StringGraphType>("reason").Description("Why (optional); not stored.");
    }
}

public sealed class SettlementPayloadGraphType : Payloads.PayloadType<SettlementGraphType>
{
    public SettlementPayloadGraphType()
        : base("SettlementPayload", "settlement", "What the settlement run did, or the problems that stopped it.")
    {
    }
}
