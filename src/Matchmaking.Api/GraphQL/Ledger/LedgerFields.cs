using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Paging;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>The deals and revenue-share slice of the schema, added to the root types with one call each.</summary>
public static partial class LedgerFields
{
    private static readonly Dictionary<DealOrder, IKeysetOrder<Deal>> Orders = new()
    {
        [DealOrder.CreatedAtDesc] = new KeysetOrder<Deal, DateTimeOffset>("created-desc", d => d.CreatedAt, descending: true, d => d.Id),
        [DealOrder.CreatedAtAsc] = new KeysetOrder<Deal, DateTimeOffset>("created-asc", d => d.CreatedAt, descending: false, d => d.Id),
    };

    public static void AddQueryFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<DealGraphType>>>("deals")
            .Description("Deals (交易) the caller may see: all for admins, else those where the caller is the broker or a party (the enterprise, an inventor, …). Newest first by default.")
            .Argument<DealFilterGraphType>("filter", "Narrow the list; every given field must match.")
            .Argument<DealOrderGraphType>("orderBy", "Sort order; CREATED_AT_DESC by default.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                string sub = LedgerAccess.Subject(ctx);
                var db = ctx.Service<MatchmakingDbContext>();
                var deals = LedgerAccess.IsAdmin(ctx) ? db.Deals.AsNoTracking() : db.Deals.AsNoTracking().Where(d => d.BrokerSubject == sub || d.Parties.Any(p => p.Reference == sub || p.Subject == sub));
                var f = ctx.Input("filter");
                deals = f.Value<ContractType>("contractType") is { } type ? deals.Where(d => d.ContractType == type) : deals;
                deals = f.Id("matchId", nameof(Match)) is { } matchId ? deals.Where(d => d.MatchId == matchId) : deals;
                deals = f.Value<bool>("mine") == true ? deals.Where(d => d.BrokerSubject == sub) : deals;
                var slice = await Connections.KeysetAsync(ctx, deals, Orders[ctx.GetArgument("orderBy", DealOrder.CreatedAtDesc)]);
                var ids = slice.Items.Select(d => d.Id).ToList();
                var views = (await DealViews.LoadAsync(db, db.Deals.Where(d => ids.Contains(d.Id)), ctx.CancellationToken)).ToDictionary(v => v.Deal.Id);
                return ConnectionPage.From(new Slice<DealView>(slice.Items.Select(d => views[d.Id]).ToList(), slice.Cursors, slice.TotalCount, slice.HasNextPage, slice.HasPreviousPage));
            });

        query.Field<DealGraphType>("deal")
            .Description("A deal with its payments and ledger; FORBIDDEN unless the caller is a party, its broker or an admin. Null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The deal's global id.")
            .ResolveAsync(async ctx => await LoadDealAsync(ctx, GlobalId.Decode(ctx.GetArgument<string>("id"), "Deal")));

        query.Field<NonNullGraphType<StatementGraphType>>("statement")
            .Description("A payee's monthly statement (对账单); the payee itself or an admin.")
            .Argument<NonNullGraphType<StringGraphType>>("payee", "A party's payee key (its reference, e.g. the user id; see DealParty.payee).")
            .Argument<NonNullGraphType<StringGraphType>>("period", "The month, yyyy-MM (UTC).")
            .ResolveAsync(async ctx =>
            {
                string payee = ctx.GetArgument<string>("payee");
                RequirePayee(ctx, payee);
                return await ctx.Service<StatementService>().GetAsync(payee, ctx.GetArgument<string>("period"), ctx.CancellationToken);
            });

        query.Field<ReconciliationGraphType>("reconciliation")
            .Description("The latest reconciliation of the ledger (admins); null before the first run.")
            .ResolveAsync(async ctx =>
            {
                LedgerAccess.RequireAdmin(ctx);
                return await ctx.Service<ReconciliationService>().LatestAsync(ctx.CancellationToken);
            });
    }

    /// <summary>A deal for node(id:) and deal(id:): null when there is none, FORBIDDEN when the caller may not see it.</summary>
    internal static async Task<DealView?> LoadDealAsync(IResolveFieldContext ctx, Guid id)
    {
        LedgerAccess.Subject(ctx);
        var view = await ctx.Loaders().Deals.Load(id).GetResultAsync(ctx.CancellationToken);
        return view is null || LedgerAccess.CanSee(ctx, view.Deal)
            ? view
            : throw new DomainException(ErrorCodes.Forbidden, "only the deal's parties, its broker and admins may see it.");
    }

    /// <summary>A payment for node(id:), under its deal's access rule.</summary>
    internal static async Task<PaymentView?> LoadPaymentAsync(IResolveFieldContext ctx, Guid id)
    {
        var payment = await ctx.Loaders().Payments.Load(id).GetResultAsync(ctx.CancellationToken);
        return payment is null || await LoadDealAsync(ctx, payment.Payment.DealId) is not null ? payment : null;
    }

    /// <summary>A ledger entry for node(id:), under its deal's access rule.</summary>
    internal static async Task<LedgerEntry?> LoadEntryAsync(IResolveFieldContext ctx, long id)
    {
        var entry = await ctx.Service<MatchmakingDbContext>().LedgerEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ctx.CancellationToken);
        return entry is null || await LoadDealAsync(ctx, entry.DealId) is not null ? entry : null;
    }

    /// <summary>A statement line for node(id:): its payee's or an admin's.</summary>
    internal static async Task<StatementLine?> LoadStatementLineAsync(IResolveFieldContext ctx, long id)
    {
        LedgerAccess.Subject(ctx);
        var e = await ctx.Service<MatchmakingDbContext>().LedgerEntries.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.Payee != null, ctx.CancellationToken);
        if (e is null)
        {
            return null;
        }

        RequirePayee(ctx, e.Payee!);
        return new StatementLine(e.Id, e.PostedAt, e.DealId, e.PaymentId, e.Role, e.Side == EntrySide.Credit ? e.Amount : -e.Amount, e.Currency);
    }

    private static void RequirePayee(IResolveFieldContext ctx, string payee)
    {
        if (LedgerAccess.Subject(ctx) != payee && !LedgerAccess.IsAdmin(ctx))
        {
            throw new DomainException(ErrorCodes.Forbidden, "a statement is for its payee and admins.");
        }
    }
}

/// <summary>How the deals list is sorted.</summary>
public enum DealOrder
{
    CreatedAtDesc,
    CreatedAtAsc,
}

public sealed class DealOrderGraphType : EnumerationGraphType<DealOrder>
{
    public DealOrderGraphType()
    {
        Name = "DealOrder";
        Description = "Sort order of the deals list.";
        Values["CREATED_AT_DESC"]!.Description = "Newest first (default).";
        Values["CREATED_AT_ASC"]!.Description = "Oldest first.";
    }
}

public sealed class DealFilterGraphType : InputObjectGraphType
{
    public DealFilterGraphType()
    {
        Name = "DealFilter";
        Description = "Filters for deals; every given field must match.";
        Field<ContractTypeGraphType>("contractType").Description("Only deals with this kind of contract.");
        Field<IdGraphType>("matchId").Description("Only the deal made from this match.");
        Field<BooleanGraphType>("mine").Description("Brokers: only deals I handle.");
    }
}
