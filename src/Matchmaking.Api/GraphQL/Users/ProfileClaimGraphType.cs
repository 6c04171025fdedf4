using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Users;

public sealed class ProfileClaimGraphType : ObjectGraphType<ProfileClaim>
{
    public ProfileClaimGraphType()
    {
        Name = "ProfileClaim";
        Description = "A user's request to own a seeded enterprise or expert profile (认领申请), reviewed by an admin.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ProfileClaim;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id. Do not parse it.").Resolve(ctx => GlobalId.Encode(nameof(ProfileClaim), ctx.Source.Id));
        Field<NonNullGraphType<ListingKindType>>("listingKind").Description("ENTERPRISE or EXPERT.").Resolve(ctx => ctx.Source.ListingKind);
        Field<NonNullGraphType<IdGraphType>>("listingId").Description("The claimed profile's global id (an Enterprise or an Expert).").Resolve(ctx => GlobalId.Encode(ctx.Source.ListingKind.ToString(), ctx.Source.ListingId));
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Who asks to own it (user id).").Resolve(ctx => ctx.Source.Subject);
        Field<StringGraphType>("note").Description("What the user gave as proof.").Resolve(ctx => ctx.Source.Note);
        Field<NonNullGraphType<ClaimStatusGraphType>>("status").Description("PENDING, APPROVED or REJECTED.").Resolve(ctx => ctx.Source.Status);
        Field<StringGraphType>("reviewer").Description("The admin who reviewed it; null while pending.").Resolve(ctx => ctx.Source.ReviewerSubject);
        Field<StringGraphType>("reviewNote").Description("The admin's note.").Resolve(ctx => ctx.Source.ReviewNote);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was asked (UTC).").Resolve(ctx => ctx.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("reviewedAt").Description("When it was reviewed (UTC); null while pending.").Resolve(ctx => ctx.Source.ReviewedAt);
    }
}
