using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Payloads;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using static Matchmaking.Api.GraphQL.Fields.ListingMutationFields;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>Declared conflicts of interest and affiliates (利益冲突 / 关联方声明), read by the conflict rules of matches and recommendations.</summary>
internal static class ConflictMutationFields
{
    public static void Add(ObjectGraphType mutation)
    {
        Mutation<ConflictDeclarationPayloadType, DeclareConflictInputType>(mutation, "declareConflict", "The enterprise's owner, the achievement's or expert's owner, or an admin: declare a conflict of interest (or an affiliate) between a demanding enterprise and an achievement, expert or institution (institutions: the enterprise's owner or an admin). Matches and recommendations of the pair then show DECLARED_CONFLICT (or SAME_ORGANISATION) and cannot reach INTRODUCED unwaived. DUPLICATE when the same declaration is active; NOT_FOUND for an unknown enterprise, party or institution.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            string subject = Access.RequireSubject(viewer);
            Guid enterpriseId = input.RequiredId("enterpriseId", nameof(Enterprise));
            var service = ctx.Service<ConflictDeclarationService>();
            var (kind, partyId) = await PartyAsync(input, service, ct);
            var relation = input.Value<DeclaredRelation>("relation") ?? DeclaredRelation.Conflict;
            return await service.DeclareAsync(enterpriseId, kind, partyId, relation, input.String("note"), new MatchActor(subject, viewer.IsAdmin), ct);
        });

        Mutation<ConflictDeclarationPayloadType, WithdrawConflictDeclarationInputType>(mutation, "withdrawConflictDeclaration", "Whoever may declare it, or who declared it: withdraw a declaration (kept, marked withdrawn). INVALID_TRANSITION when it is withdrawn already.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            string subject = Access.RequireSubject(viewer);
            Guid id = input.RequiredId("declarationId", Types.ConflictDeclarationType.IdKind);
            return await ctx.Service<ConflictDeclarationService>().WithdrawAsync(id, new MatchActor(subject, viewer.IsAdmin), ct);
        });
    }

    private static async Task<(DeclaredPartyKind Kind, Guid Id)> PartyAsync(InputReader input, ConflictDeclarationService service, CancellationToken ct)
    {
        string? institution = input.String("institution");
        bool hasParty = input.String("partyId") is not null;
        if (hasParty == !string.IsNullOrWhiteSpace(institution))
        {
            throw new ValidationException([new ValidationError("partyId", ErrorCodes.BadUserInput, "give exactly one of partyId (an Achievement or Expert) and institution.")]);
        }

        if (!hasParty)
        {
            return (DeclaredPartyKind.Institution, await service.InstitutionNamedAsync(institution!, ct));
        }

        var (kind, id) = input.AnyId("partyId");
        return kind switch
        {
            nameof(Achievement) => (DeclaredPartyKind.Achievement, id),
            nameof(Expert) => (DeclaredPartyKind.Expert, id),
            _ => throw new DomainException(ErrorCodes.InvalidId, $"partyId names a {kind}; declare against an Achievement or an Expert.", "partyId"),
        };
    }
}
