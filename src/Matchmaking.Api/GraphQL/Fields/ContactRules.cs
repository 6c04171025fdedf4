using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Loading;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>Why a contact is shown or hidden; the schema's ContactVisibilityReason.</summary>
public enum ContactReason
{
    Owner,
    Admin,
    IntroducedMatch,
    HandlingBroker,
    SignInRequired,
    NotAParty,
}

/// <summary>Whether the viewer sees a listing's contact, and why: data, not an error per row.</summary>
public sealed record ContactVisibility(bool Visible, ContactReason Reason);

/// <summary>
/// Decides whether a contact is shown: to admins, the owner, the other party of a match from INTRODUCED
/// on, and the match's handling broker from SHORTLISTED on. Everyone else gets `contact: null` and a `contactVisibility` that says why — never an
/// error per row. Owner and grants are loaded in batches, so a page of listings stays a few queries.
/// </summary>
internal static class ContactRules
{
    private static readonly ContactVisibility SignIn = new(false, ContactReason.SignInRequired);
    private static readonly ContactVisibility Admin = new(true, ContactReason.Admin);
    private static readonly ContactVisibility Owner = new(true, ContactReason.Owner);
    private static readonly ContactVisibility Introduced = new(true, ContactReason.IntroducedMatch);
    private static readonly ContactVisibility Handling = new(true, ContactReason.HandlingBroker);
    private static readonly ContactVisibility Hidden = new(false, ContactReason.NotAParty);

    /// <summary>Adds `contact` and `contactVisibility` to a listing type.</summary>
    public static void AddFields<T>(ObjectGraphType<T> type, Func<IResolveFieldContext<T>, Deferred<ContactVisibility>> decide, Func<T, ContactInfo> contact)
    {
        type.Field<ContactInfoType>("contact")
            .Description("Private contact (联系方式); null unless contactVisibility.visible.")
            .Resolve(ctx => new Deferred<ContactInfo?>(async ct => (await decide(ctx).GetResultAsync(ct)).Visible ? contact(ctx.Source) : null));
        type.Field<NonNullGraphType<ContactVisibilityType>>("contactVisibility")
            .Description("Whether you see the contact, and why.")
            .Resolve(ctx => decide(ctx));
    }

    public static Deferred<ContactVisibility> Demand(IResolveFieldContext<Demand> ctx)
    {
        var (viewer, loaders, demand) = (ctx.Viewer(), ctx.Loaders(), ctx.Source);
        if (Immediate(viewer) is { } known)
        {
            return new(_ => Task.FromResult(known));
        }

        var enterprise = loaders.Enterprises.Load(demand.EnterpriseId);
        return new(async ct =>
            (await enterprise.GetResultAsync(ct))?.OwnerSubject == viewer.Subject ? Owner
            : (await loaders.ContactGrantsAsync(viewer, ct)).DemandIds.Contains(demand.Id) ? Granted(viewer)
            : Hidden);
    }

    public static Deferred<ContactVisibility> Enterprise(IResolveFieldContext<Enterprise> ctx) =>
        Guarded(ctx, ctx.Source.OwnerSubject, grants => grants.EnterpriseIds.Contains(ctx.Source.Id));

    public static Deferred<ContactVisibility> Expert(IResolveFieldContext<Expert> ctx) =>
        Guarded(ctx, ctx.Source.OwnerSubject, grants => grants.ExpertIds.Contains(ctx.Source.Id));

    private static ContactVisibility? Immediate(Viewer viewer) =>
        viewer.Subject is null ? SignIn : viewer.IsAdmin ? Admin : null;

    private static Deferred<ContactVisibility> Guarded(IResolveFieldContext ctx, string? owner, Func<Core.Matches.ContactGrants, bool> granted)
    {
        var viewer = ctx.Viewer();
        if ((Immediate(viewer) ?? (owner is not null && owner == viewer.Subject ? Owner : null)) is { } known)
        {
            return new(_ => Task.FromResult(known));
        }

        var loaders = ctx.Loaders();
        return new(async ct => granted(await loaders.ContactGrantsAsync(viewer, ct)) ? Granted(viewer) : Hidden);
    }

    /// <summary>A broker's grants come from the matches they handle, everyone else's from matches they are a party to.</summary>
    private static ContactVisibility Granted(Viewer viewer) => viewer.IsBroker ? Handling : Introduced;
}

public sealed class ContactVisibilityType : ObjectGraphType<ContactVisibility>
{
    public ContactVisibilityType()
    {
        Name = "ContactVisibility";
        Description = "Whether the caller sees a listing's contact details, and why.";
        Field(x => x.Visible).Description("True when `contact` is filled in.");
        Field<NonNullGraphType<ContactVisibilityReasonType>>("reason").Description("Why it is shown or hidden.").Resolve(ctx => ctx.Source.Reason);
    }
}

public sealed class ContactVisibilityReasonType : EnumerationGraphType<ContactReason>
{
    public ContactVisibilityReasonType()
    {
        Name = "ContactVisibilityReason";
        Description = "Why a contact is shown or hidden.";
        Values["OWNER"]!.Description = "Shown: you own the listing.";
        Values["ADMIN"]!.Description = "Shown: admins see every contact.";
        Values["INTRODUCED_MATCH"]!.Description = "Shown: you are the other party of a match at INTRODUCED or later.";
        Values["HANDLING_BROKER"]!.Description = "Shown: you are the handling broker (经办经纪人) of a match with this listing at SHORTLISTED or later.";
        Values["SIGN_IN_REQUIRED"]!.Description = "Hidden: sign in first.";
        Values["NOT_A_PARTY"]!.Description = "Hidden: contacts open to the other party of a match from INTRODUCED on, and to its handling broker from SHORTLISTED on.";
    }
}
