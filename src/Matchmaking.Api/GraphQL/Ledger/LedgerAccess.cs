using GraphQL;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>Who may see and move money: a deal's parties, its broker, and admins.</summary>
internal static class LedgerAccess
{
    /// <summary>The caller's subject; UNAUTHENTICATED without a valid token.</summary>
    public static string Subject(IResolveFieldContext ctx) =>
        ctx.User is { Identity.IsAuthenticated: true } user && user.FindFirst("sub")?.Value is { Length: > 0 } sub
            ? sub
            : throw new DomainException(ErrorCodes.Unauthenticated, "sign in to see or move deal money.");

    public static bool IsAdmin(IResolveFieldContext ctx) => ctx.User?.IsInRole(Roles.Admin) == true;

    public static bool CanSee(IResolveFieldContext ctx, Deal deal)
    {
        string sub = Subject(ctx);
        return IsAdmin(ctx) || deal.BrokerSubject == sub || deal.Parties.Any(p => p.Reference == sub || p.Subject == sub);
    }

    /// <summary>
    /// Only the deal's broker or an admin records payments and refunds. Money on a deal without a broker
    /// (or on no deal at all: a forged id answers the same) is an admin's to move. A deal is opened by the
    /// match's broker, or, on a match without one, by any broker, who becomes the deal's broker
    /// (<paramref name="unclaimedOpen"/>).
    /// </summary>
    public static void RequireBrokerOrAdmin(IResolveFieldContext ctx, string? brokerSubject, bool unclaimedOpen = false)
    {
        string sub = Subject(ctx);
        bool broker = ctx.User!.IsInRole(Roles.Broker) && (brokerSubject == sub || (unclaimedOpen && brokerSubject is null));
        if (!broker && !IsAdmin(ctx))
        {
            throw new DomainException(ErrorCodes.Forbidden, "only the deal's broker or an admin may do this.");
        }
    }

    public static void RequireAdmin(IResolveFieldContext ctx)
    {
        Subject(ctx);
        if (!IsAdmin(ctx))
        {
            throw new DomainException(ErrorCodes.Forbidden, "admins only.");
        }
    }
}
