using GraphQL;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Loading;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>
/// Resolves a contact field or refuses it: the value is returned only to admins, the owner, and the
/// other party of a match from INTRODUCED on; everyone else gets null and UNAUTHENTICATED/FORBIDDEN.
/// Owner and grants are loaded in batches, so a page of listings with contacts stays a few queries.
/// </summary>
internal static class ContactRules
{
    public static object Demand(IResolveFieldContext<Demand> ctx)
    {
        var (viewer, loaders, demand) = (ctx.Viewer(), ctx.Loaders(), ctx.Source);
        Access.RequireSubject(viewer);
        if (viewer.IsAdmin)
        {
            return demand.Contact;
        }

        var enterprise = loaders.Enterprises.Load(demand.EnterpriseId);
        return new Deferred<ContactInfo>(async ct =>
            (await enterprise.GetResultAsync(ct))?.OwnerSubject == viewer.Subject
            || (await loaders.ContactGrantsAsync(viewer, ct)).DemandIds.Contains(demand.Id)
                ? demand.Contact
                : throw Refused());
    }

    public static object Enterprise(IResolveFieldContext<Enterprise> ctx) =>
        Guarded(ctx, ctx.Source.OwnerSubject, ctx.Source.Contact, grants => grants.EnterpriseIds.Contains(ctx.Source.Id));

    public static object Expert(IResolveFieldContext<Expert> ctx) =>
        Guarded(ctx, ctx.Source.OwnerSubject, ctx.Source.Contact, grants => grants.ExpertIds.Contains(ctx.Source.Id));

    private static object Guarded(IResolveFieldContext ctx, string? owner, ContactInfo contact, Func<Core.Matches.ContactGrants, bool> granted)
    {
        var viewer = ctx.Viewer();
        Access.RequireSubject(viewer);
        if (Access.IsOwnerOrAdmin(viewer, owner))
        {
            return contact;
        }

        var loaders = ctx.Loaders();
        return new Deferred<ContactInfo>(async ct => granted(await loaders.ContactGrantsAsync(viewer, ct)) ? contact : throw Refused());
    }

    private static DomainException Refused() =>
        Access.Forbidden("contact details are shown only to the owner, admins, and the other party of a match from INTRODUCED on.");
}
