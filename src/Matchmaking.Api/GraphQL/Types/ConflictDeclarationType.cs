using GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class ConflictDeclarationType : ObjectGraphType<ConflictDeclaration>
{
    /// <summary>The global id's kind: "ConflictDeclaration" would make ids longer than global ids may be (64 characters).</summary>
    public const string IdKind = "Declaration";

    public ConflictDeclarationType()
    {
        Name = "ConflictDeclaration";
        Description = "A declared conflict of interest or affiliate (利益冲突 / 关联方声明) between a demanding enterprise and an achievement, expert or institution; the conflict rules read the active ones.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ConflictDeclaration;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Pass to withdrawConflictDeclaration.").Resolve(ctx => GlobalId.Encode(IdKind, ctx.Source.Id));
        Field<NonNullGraphType<DeclaredRelationType>>("relation").Description("CONFLICT or AFFILIATE.").Resolve(ctx => ctx.Source.Relation);
        Field<NonNullGraphType<EnterpriseType>>("enterprise").Description("The demanding enterprise.")
            .Resolve(ctx =>
            {
                var load = ctx.Loaders().Enterprises.Load(ctx.Source.EnterpriseId);
                return new Loading.Deferred<Enterprise?>(async ct => await load.GetResultAsync(ct));
            });
        Field<NonNullGraphType<DeclaredPartyKindType>>("partyKind").Description("What the party is.").Resolve(ctx => ctx.Source.PartyKind);
        Field<IdGraphType>("partyId").Description("The achievement's or expert's global id; null for an institution (institutions are named, not listed).")
            .Resolve(ctx => ctx.Source.PartyKind == DeclaredPartyKind.Institution ? null : GlobalId.Encode(ctx.Source.PartyKind.ToString(), ctx.Source.PartyId));
        Field<StringGraphType>("partyName").Description("The achievement's title, or the expert's or institution's name.")
            .Resolve(ctx => PartyName(ctx.Loaders(), ctx.Source));
        Field<StringGraphType>("note").Description("Why, as the declarer wrote it.").Resolve(ctx => ctx.Source.Note);
        Field<NonNullGraphType<StringGraphType>>("declaredBy").Description("The subject who declared it.").Resolve(ctx => ctx.Source.DeclaredBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("declaredAt").Description("UTC.").Resolve(ctx => ctx.Source.DeclaredAt);
        Field<DateTimeOffsetGraphType>("withdrawnAt").Description("When it was withdrawn (UTC); null while active.").Resolve(ctx => ctx.Source.WithdrawnAt);
        Field<StringGraphType>("withdrawnBy").Description("The subject who withdrew it; null while active.").Resolve(ctx => ctx.Source.WithdrawnBy);
    }

    /// <summary>The party's name through the request's batch loaders: a page of declarations costs one fetch per party kind.</summary>
    private static Loading.Deferred<string?> PartyName(Loading.DataLoaders loaders, ConflictDeclaration declaration)
    {
        switch (declaration.PartyKind)
        {
            case DeclaredPartyKind.Achievement:
                var achievement = loaders.Achievements.Load(declaration.PartyId);
                return new(async ct => (await achievement.GetResultAsync(ct))?.Title);
            case DeclaredPartyKind.Expert:
                var expert = loaders.Experts.Load(declaration.PartyId);
                return new(async ct => (await expert.GetResultAsync(ct))?.Name);
            default:
                var institution = loaders.Institutions.Load(declaration.PartyId);
                return new(async ct => (await institution.GetResultAsync(ct))?.Name);
        }
    }

    /// <summary>node(id): to brokers, admins, the enterprise's owner and the declarer; null for other viewers.</summary>
    public static async Task<ConflictDeclaration?> LoadVisibleAsync(global::GraphQL.IResolveFieldContext ctx, Guid id)
    {
        var viewer = ctx.Viewer();
        var db = ctx.Service<Core.Storage.MatchmakingDbContext>();
        var found = await db.ConflictDeclarations.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { Declaration = d, Owner = db.Enterprises.Where(e => e.Id == d.EnterpriseId).Select(e => e.OwnerSubject).FirstOrDefault() })
            .FirstOrDefaultAsync(ctx.CancellationToken);
        return found is not null && (viewer.IsBroker || Auth.Access.IsOwnerOrAdmin(viewer, found.Owner) || viewer.Subject == found.Declaration.DeclaredBy)
            ? found.Declaration
            : null;
    }
}
