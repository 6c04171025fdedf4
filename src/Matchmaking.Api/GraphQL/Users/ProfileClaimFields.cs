using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.GraphQL.Payloads;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Paging;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Users;
using Microsoft.EntityFrameworkCore;
using static Matchmaking.Api.GraphQL.Fields.ListingMutationFields;

namespace Matchmaking.Api.GraphQL.Users;

/// <summary>Claiming seeded profiles: users ask (requestClaim), admins review (reviewClaim), both list (profileClaims).</summary>
internal static class ProfileClaimFields
{
    private static readonly KeysetOrder<ProfileClaim, DateTimeOffset> Oldest = new("created-asc", c => c.CreatedAt, descending: false, c => c.Id);

    public static void AddQuery(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<ProfileClaimGraphType>>>("profileClaims")
            .Description("Profile claims (认领申请), oldest first: admins see every one (the review queue), others their own.")
            .Argument<ProfileClaimFilterGraphType>("filter", "Narrow the list; every given field must match.")
            .Argument<ProfileClaimOrderGraphType>("orderBy", "Sort order; CREATED_AT_ASC (the only one).")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.Viewer();
                string subject = Access.RequireSubject(viewer);
                var claims = ctx.Service<MatchmakingDbContext>().ProfileClaims.AsNoTracking();
                claims = viewer.IsAdmin ? claims : claims.Where(c => c.Subject == subject);
                claims = ctx.Input("filter").Value<ClaimStatus>("status") is { } status ? claims.Where(c => c.Status == status) : claims;
                return ConnectionPage.From(await Connections.KeysetAsync(ctx, claims, Oldest));
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        Mutation<ProfileClaimPayloadGraphType, RequestClaimInputGraphType>(mutation, "requestClaim", "Enterprise users (an Enterprise) and researchers (an Expert profile): ask to own a seeded profile that has no owner; an admin reviews it. ALREADY_OWNED when it has an owner; DUPLICATE when you asked already.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            var (kind, id) = input.AnyId("listingId");
            var listingKind = kind switch
            {
                nameof(Enterprise) => ListingKind.Enterprise,
                nameof(Expert) => ListingKind.Expert,
                _ => throw new DomainException(ErrorCodes.InvalidId, "listingId must be an Enterprise or an Expert.", "listingId"),
            };
            Access.RequireRole(viewer, listingKind == ListingKind.Enterprise ? Roles.Enterprise : Roles.Researcher);
            return await ctx.Service<ProfileClaimService>().RequestAsync(listingKind, id, viewer.Subject!, input.String("note"), ct);
        });

        Mutation<ProfileClaimPayloadGraphType, ReviewClaimInputGraphType>(mutation, "reviewClaim", "Admins: approve (the user becomes the profile's owner) or reject a pending claim. ALREADY_OWNED when another claim was approved first; INVALID_TRANSITION when it was reviewed already.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer);
            return await ctx.Service<ProfileClaimService>().ReviewAsync(input.RequiredId("claimId", nameof(ProfileClaim)), input.Value<bool>("approve") ?? false, input.String("note"), viewer.Subject!, ct);
        });
    }

    /// <summary>A claim for node(id:): its user's or an admin's.</summary>
    public static async Task<ProfileClaim?> LoadAsync(IResolveFieldContext ctx, Guid id)
    {
        var viewer = ctx.Viewer();
        string subject = Access.RequireSubject(viewer);
        var claim = await ctx.Service<MatchmakingDbContext>().ProfileClaims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ctx.CancellationToken);
        return claim is null || viewer.IsAdmin || claim.Subject == subject ? claim : throw Access.Forbidden("a claim is for its user and admins.");
    }
}
