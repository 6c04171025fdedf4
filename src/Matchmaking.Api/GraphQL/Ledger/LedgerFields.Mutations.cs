using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Payloads;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using static Matchmaking.Api.GraphQL.Fields.ListingMutationFields;

namespace Matchmaking.Api.GraphQL.Ledger;

public static partial class LedgerFields
{
    public static void AddMutationFields(ObjectGraphType mutation)
    {
        AddSettlement(mutation);
        Mutation<DealPayloadGraphType, CreateDealInputGraphType>(mutation, "createDeal", "Open a deal on a CONTRACTED match (its broker — any broker when it has none, who then becomes the deal's broker — or an admin). Its parties come from the match: the demand's enterprise owner, the achievement's team members (equal sub-shares unless given) or the expert, the institution record, the handling broker; `parties` replaces a role's derived parties (several payees per role with sub-shares). Without shares, the default policy applies.", async (ctx, input, ct) =>
        {
            Guid matchId = input.RequiredId("matchId", nameof(Match));
            var db = ctx.Service<MatchmakingDbContext>();
            string? broker = await db.Matches.Where(m => m.Id == matchId).Select(m => m.BrokerSubject).FirstOrDefaultAsync(ct);
            LedgerAccess.RequireBrokerOrAdmin(ctx, broker, unclaimedOpen: true);
            var deal = new NewDeal(matchId, input.Value<ContractType>("contractType") ?? ContractType.Transfer, input.Amount("value", currency: null) ?? 0, input.Currency("value"),
                input.Get<IEnumerable<object?>>("parties")?.OfType<PartySpec>().ToList() ?? [], input.Get<IEnumerable<object?>>("shares")?.OfType<ShareSpec>().ToList())
            {
                OpenedBy = ctx.User!.IsInRole(Roles.Broker) ? LedgerAccess.Subject(ctx) : null,
            };
            var created = await ctx.Service<DealService>().CreateAsync(deal, ct);
            return (await DealViews.LoadAsync(db, db.Deals.Where(d => d.Id == created.Id), ct)).Single();
        }, new Dictionary<string, string> { ["currency"] = "value.currency", ["value"] = "value.amount" });

        Mutation<DealPayloadGraphType, ChangePolicyInputGraphType>(mutation, "changePolicy", "The deal's broker or an admin: replace the deal's revenue-share policy with a new version (分润变更). Payments already recorded keep the version they were recorded under; only later payments settle under the new one.", async (ctx, input, ct) =>
        {
            Guid dealId = input.RequiredId("dealId", "Deal");
            var db = ctx.Service<MatchmakingDbContext>();
            var deal = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId, ct);
            LedgerAccess.RequireBrokerOrAdmin(ctx, deal?.BrokerSubject);
            await ctx.Service<DealService>().ChangePolicyAsync(dealId, input.Get<IEnumerable<object?>>("shares")?.OfType<ShareSpec>().ToList() ?? [], ct);
            return (await DealViews.LoadAsync(db, db.Deals.Where(d => d.Id == dealId), ct)).Single();
        });

        Mutation<PaymentPayloadGraphType, RecordPaymentInputGraphType>(mutation, "recordPayment", "Record money received on a deal (its broker or an admin; FORBIDDEN for others and for ids that name no deal). Idempotency keys are per deal: the same key with the same content returns the first payment. PAYMENT_EXCEEDS_DEAL when the received total (net of refunds) would pass the deal's value.", async (ctx, input, ct) =>
        {
            Guid dealId = input.RequiredId("dealId", "Deal");
            var db = ctx.Service<MatchmakingDbContext>();
            var deal = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId, ct);
            LedgerAccess.RequireBrokerOrAdmin(ctx, deal?.BrokerSubject);
            var payment = await ctx.Service<PaymentService>().RecordAsync(dealId, input.Amount("amount", currency: null) ?? 0, input.Currency("amount"), input.Required("idempotencyKey"), ct);
            return await ViewAsync(db, payment, ct);
        }, new Dictionary<string, string> { ["currency"] = "amount.currency", ["amount"] = "amount.amount" });

        Mutation<PaymentPayloadGraphType, RefundPaymentInputGraphType>(mutation, "refundPayment", "Refund (or record a chargeback of) part or all of a payment (its deal's broker or an admin); settlement posts reversing entries.", async (ctx, input, ct) =>
        {
            Guid paymentId = input.RequiredId("paymentId", "Payment");
            var db = ctx.Service<MatchmakingDbContext>();
            string? broker = await db.Payments.Where(p => p.Id == paymentId)
                .Join(db.Deals, p => p.DealId, d => d.Id, (p, d) => d.BrokerSubject).FirstOrDefaultAsync(ct);
            LedgerAccess.RequireBrokerOrAdmin(ctx, broker);
            var refund = await ctx.Service<PaymentService>().RefundAsync(paymentId, input.Amount("amount", currency: null) ?? 0,
                input.Value<PaymentKind>("kind") ?? PaymentKind.Refund, input.Required("idempotencyKey"), ct);
            return await ViewAsync(db, refund, ct);
        }, new Dictionary<string, string> { ["currency"] = "amount.currency", ["amount"] = "amount.amount" });
    }

    /// <summary>Admins settle now instead of waiting for the job (which runs the same service every few minutes).</summary>
    private static void AddSettlement(ObjectGraphType mutation) =>
        Mutation<SettlementPayloadGraphType, SettlePaymentsInputGraphType>(mutation, "settlePayments", "Admins: settle the pending payments now (结算): each is split by its policy into ledger entries exactly once, as the ledger-settlement job does.", async (ctx, _, ct) =>
        {
            LedgerAccess.RequireAdmin(ctx);
            return await ctx.Service<SettlementService>().RunAsync(ct);
        });

    private static async Task<PaymentView> ViewAsync(MatchmakingDbContext db, Payment payment, CancellationToken ct) =>
        (await DealViews.PaymentsAsync(db, db.Payments.Where(p => p.Id == payment.Id), ct))[payment.Id];
}

public sealed class CreateDealInputGraphType : InputObjectGraphType
{
    public CreateDealInputGraphType()
    {
        Name = "CreateDealInput";
        Description = "A deal on a contracted match: its contract, value, parties and (optionally) the agreed shares.";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The CONTRACTED match.");
        Field<NonNullGraphType<ContractTypeGraphType>>("contractType").Description("The kind of contract.");
        Field<NonNullGraphType<MoneyInputGraphType>>("value").Description("The contract's value, e.g. {amount: \"1000000.00\"}.");
        Field<ListGraphType<NonNullGraphType<DealPartyInputGraphType>>>("parties").Description("Parties you name (optional): each replaces its role's parties derived from the match; several payees of one role need sub-shares.");
        Field<ListGraphType<NonNullGraphType<PolicyShareInputGraphType>>>("shares").Description("Basis points per role, summing to 10,000; the default policy when omitted.");
    }
}

public sealed class ChangePolicyInputGraphType : InputObjectGraphType
{
    public ChangePolicyInputGraphType()
    {
        Name = "ChangePolicyInput";
        Description = "A new version of a deal's revenue-share policy.";
        Field<NonNullGraphType<IdGraphType>>("dealId").Description("The deal.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyShareInputGraphType>>>>("shares").Description("Basis points per role, summing to 10,000; every paid role needs a party on the deal.");
    }
}

public sealed class RecordPaymentInputGraphType : InputObjectGraphType
{
    public RecordPaymentInputGraphType()
    {
        Name = "RecordPaymentInput";
        Description = "Money received on a deal.";
        Field<NonNullGraphType<IdGraphType>>("dealId").Description("The deal.");
        Field<NonNullGraphType<MoneyInputGraphType>>("amount").Description("The amount received; in the deal's currency.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Your key for this payment: sending it again with the same content returns the first payment.");
    }
}

public sealed class RefundPaymentInputGraphType : InputObjectGraphType
{
    public RefundPaymentInputGraphType()
    {
        Name = "RefundPaymentInput";
        Description = "A refund or chargeback of part or all of a payment.";
        Field<NonNullGraphType<IdGraphType>>("paymentId").Description("The payment to reverse part of.");
        Field<NonNullGraphType<MoneyInputGraphType>>("amount").Description("How much; at most what the payment still holds.");
        Field<PaymentKindGraphType>("kind").Description("REFUND (default) or CHARGEBACK.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Your key for this refund: sending it again with the same content returns the first refund.");
    }
}

public sealed class DealPayloadGraphType : PayloadType<DealGraphType>
{
    public DealPayloadGraphType()
        : base("DealPayload", "deal", "The deal as the mutation left it (opened, or under its new policy), or the problems that stopped it.")
    {
    }
}

public sealed class PaymentPayloadGraphType : PayloadType<PaymentGraphType>
{
    public PaymentPayloadGraphType()
        : base("PaymentPayload", "payment", "The payment recorded (or, for a repeated idempotency key with the same content, the first one), or the problems that stopped it.")
    {
    }
}
