using GraphQL;
using GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>
/// The deals and revenue-share slice of the schema, added to the root types with one call each. Every
/// resolver opens its own scope: graphql-dotnet runs sibling query fields in parallel and a DbContext
/// must not be shared between them.
/// </summary>
public static partial class LedgerFields
{
    public static void AddQueryFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DealGraphType>>>>("deals")
            .Description("Deals the caller may see: all for admins, else those where the caller is the broker or a party.")
            .Argument<IntGraphType>("first", "At most this many, oldest first (1–200, default 50).")
            .ResolveAsync(async ctx =>
            {
                string sub = LedgerAccess.Subject(ctx);
                int first = ctx.GetArgument("first", 50);
                if (first is < 1 or > 200)
                {
                    throw new DomainException(ErrorCodes.BadUserInput, "first must be between 1 and 200.");
                }

                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
                var deals = LedgerAccess.IsAdmin(ctx) ? db.Deals : db.Deals.Where(d => d.BrokerSubject == sub || d.Parties.Any(p => p.Reference == sub));
                var views = await DealViews.LoadAsync(db, deals, ctx.CancellationToken);
                return views.Take(first).ToList();
            });

        query.Field<DealGraphType>("deal")
            .Description("A deal with its payments and ledger; FORBIDDEN unless the caller is a party, its broker or an admin.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                LedgerAccess.Subject(ctx);
                Guid id = GlobalId.Decode(ctx.GetArgument<string>("id"), "Deal");
                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
                var view = (await DealViews.LoadAsync(db, db.Deals.Where(d => d.Id == id), ctx.CancellationToken)).SingleOrDefault();
                return view is null || LedgerAccess.CanSee(ctx, view.Deal)
                    ? view
                    : throw new DomainException(ErrorCodes.Forbidden, "only the deal's parties, its broker and admins may see it.");
            });

        query.Field<NonNullGraphType<StatementGraphType>>("statements")
            .Description("A payee's monthly statement; the payee itself or an admin.")
            .Argument<NonNullGraphType<StringGraphType>>("payee", "A party's payee key (its reference, e.g. the user id).")
            .Argument<NonNullGraphType<StringGraphType>>("period", "The month, yyyy-MM (UTC).")
            .ResolveAsync(async ctx =>
            {
                string payee = ctx.GetArgument<string>("payee");
                if (LedgerAccess.Subject(ctx) != payee && !LedgerAccess.IsAdmin(ctx))
                {
                    throw new DomainException(ErrorCodes.Forbidden, "a statement is for its payee and admins.");
                }

                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<StatementService>().GetAsync(payee, ctx.GetArgument<string>("period"), ctx.CancellationToken);
            });

        query.Field<ReconciliationGraphType>("reconciliation")
            .Description("The latest reconciliation of the ledger (admins); null before the first run.")
            .ResolveAsync(async ctx =>
            {
                LedgerAccess.RequireAdmin(ctx);
                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ReconciliationService>().LatestAsync(ctx.CancellationToken);
            });
    }
}
