using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Ledger;

public static partial class LedgerFields
{
    public static void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateDealPayloadGraphType>>("createDeal")
            .Description("Open a deal on a contracted match (its broker — any broker when it has none, who then becomes the deal's broker — or an admin). Without shares, the default policy applies.")
            .Argument<NonNullGraphType<IdGraphType>>("matchId")
            .Argument<NonNullGraphType<ContractTypeGraphType>>("contractType")
            .Argument<NonNullGraphType<StringGraphType>>("value", "Decimal string, e.g. \"1000000.00\".")
            .Argument<StringGraphType>("currency", "Default CNY.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<DealPartyInputGraphType>>>>("parties")
            .Argument<ListGraphType<NonNullGraphType<PolicyShareInputGraphType>>>("shares", "Basis points per role, summing to 10,000.")
            .ResolveAsync(async ctx =>
            {
                Guid matchId = GlobalId.Decode(ctx.GetArgument<string>("matchId"), "Match");
                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
                string? broker = await db.Matches.Where(m => m.Id == matchId).Select(m => m.BrokerSubject).FirstOrDefaultAsync(ctx.CancellationToken);
                LedgerAccess.RequireBrokerOrAdmin(ctx, broker, unclaimedOpen: true);
                return await GuardAsync(async () =>
                {
                    var input = new NewDeal(matchId, ctx.GetArgument<ContractType>("contractType"), ParseMoney(ctx.GetArgument<string>("value"), "value"),
                        ctx.GetArgument("currency", "CNY"), ctx.GetArgument<List<PartySpec>>("parties"), ctx.GetArgument<List<ShareSpec>?>("shares"))
                    {
                        OpenedBy = ctx.User!.IsInRole(Roles.Broker) ? LedgerAccess.Subject(ctx) : null,
                    };
                    var deal = await scope.ServiceProvider.GetRequiredService<DealService>().CreateAsync(input, ctx.CancellationToken);
                    return (await DealViews.LoadAsync(db, db.Deals.Where(d => d.Id == deal.Id), ctx.CancellationToken)).Single();
                });
            });

        mutation.Field<NonNullGraphType<PaymentPayloadGraphType>>("recordPayment")
            .Description("Record money received on a deal (its broker or an admin; FORBIDDEN for others and for ids that name no deal). Idempotency keys are per deal: the same key with the same content returns the first payment. PAYMENT_EXCEEDS_DEAL when the received total (net of refunds) would pass the deal's value.")
            .Argument<NonNullGraphType<IdGraphType>>("dealId")
            .Argument<NonNullGraphType<StringGraphType>>("amount", "Decimal string with at most two places.")
            .Argument<StringGraphType>("currency", "Default CNY.")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .ResolveAsync(async ctx =>
            {
                Guid dealId = GlobalId.Decode(ctx.GetArgument<string>("dealId"), "Deal");
                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
                var deal = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId, ctx.CancellationToken);
                LedgerAccess.RequireBrokerOrAdmin(ctx, deal?.BrokerSubject);
                return await GuardAsync(async () =>
                {
                    var payment = await scope.ServiceProvider.GetRequiredService<PaymentService>().RecordAsync(dealId, ParseMoney(ctx.GetArgument<string>("amount"), "amount"),
                        ctx.GetArgument("currency", "CNY"), ctx.GetArgument<string>("idempotencyKey"), ctx.CancellationToken);
                    return await ViewAsync(db, payment, ctx.CancellationToken);
                });
            });

        mutation.Field<NonNullGraphType<PaymentPayloadGraphType>>("refundPayment")
            .Description("Refund (or record a chargeback of) part or all of a payment; settlement posts reversing entries.")
            .Argument<NonNullGraphType<IdGraphType>>("paymentId")
            .Argument<NonNullGraphType<StringGraphType>>("amount")
            .Argument<PaymentKindGraphType>("kind", "REFUND (default) or CHARGEBACK.")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .ResolveAsync(async ctx =>
            {
                Guid paymentId = GlobalId.Decode(ctx.GetArgument<string>("paymentId"), "Payment");
                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
                string? broker = await db.Payments.Where(p => p.Id == paymentId)
                    .Join(db.Deals, p => p.DealId, d => d.Id, (p, d) => d.BrokerSubject).FirstOrDefaultAsync(ctx.CancellationToken);
                LedgerAccess.RequireBrokerOrAdmin(ctx, broker);
                return await GuardAsync(async () =>
                {
                    var refund = await scope.ServiceProvider.GetRequiredService<PaymentService>().RefundAsync(paymentId, ParseMoney(ctx.GetArgument<string>("amount"), "amount"),
                        ctx.GetArgument("kind", PaymentKind.Refund), ctx.GetArgument<string>("idempotencyKey"), ctx.CancellationToken);
                    return await ViewAsync(db, refund, ctx.CancellationToken);
                });
            });
    }

    /// <summary>Problems the caller can fix become userErrors; authentication and authorization stay top-level errors.</summary>
    private static async Task<LedgerPayload<T>> GuardAsync<T>(Func<Task<T>> action)
        where T : class
    {
        try
        {
            return new(await action(), []);
        }
        catch (ValidationException e)
        {
            return new(null, e.Errors);
        }
        catch (DomainException e) when (e.Code is not (ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
        {
            string field = e.Code switch
            {
                ErrorCodes.IdempotencyConflict => "idempotencyKey",
                ErrorCodes.MatchNotContracted => "matchId",
                _ => "",
            };
            return new(null, [new ValidationError(field, e.Code, e.Message)]);
        }
    }

    private static decimal ParseMoney(string text, string field) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : throw new ValidationException([new ValidationError(field, ErrorCodes.BadUserInput, $"'{text}' is not a decimal amount such as 1000.00.")]);

    private static async Task<PaymentView> ViewAsync(MatchmakingDbContext db, Payment payment, CancellationToken ct)
    {
        bool settled = await db.Settlements.AnyAsync(s => s.PaymentId == payment.Id, ct);
        int version = await db.Policies.Where(p => p.Id == payment.PolicyId).Select(p => p.Version).FirstAsync(ct);
        return new PaymentView(payment, settled, version);
    }
}
