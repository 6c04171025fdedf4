using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>Which active declarations (declareConflict) link a match's demanding enterprise with its candidate's side.</summary>
public sealed record DeclaredRelations(bool Conflict, bool Affiliate)
{
    /// <summary>The active declarations between any of the enterprises and any of the parties: one round trip.</summary>
    public static async Task<IReadOnlyList<Declared>> LoadAsync(MatchmakingDbContext db, IReadOnlyCollection<Guid> enterpriseIds, IReadOnlyCollection<Guid> partyIds, CancellationToken ct) =>
        enterpriseIds.Count == 0 || partyIds.Count == 0 ? [] : await db.ConflictDeclarations.AsNoTracking()
            .Where(x => x.WithdrawnAt == null && enterpriseIds.Contains(x.EnterpriseId) && partyIds.Contains(x.PartyId))
            .Select(x => new Declared(x.EnterpriseId, x.PartyId, x.Relation)).ToListAsync(ct);

    /// <summary>
    /// What the enterprise declared of the candidate's side: the candidate itself, its institution and (an achievement's)
    /// team members. Ids are unique across tables, so a party id names one of them.
    /// </summary>
    public static DeclaredRelations Between(IEnumerable<Declared> declarations, Guid enterpriseId, Guid candidateId, Guid? institutionId, IEnumerable<Guid> team)
    {
        var side = new HashSet<Guid>(team) { candidateId };
        if (institutionId is { } institution)
        {
            side.Add(institution);
        }

        var relations = declarations.Where(x => x.EnterpriseId == enterpriseId && side.Contains(x.PartyId)).Select(x => x.Relation).ToHashSet();
        return new(relations.Contains(DeclaredRelation.Conflict), relations.Contains(DeclaredRelation.Affiliate));
    }

    /// <summary>One active declaration, as the rules read it.</summary>
    public sealed record Declared(Guid EnterpriseId, Guid PartyId, DeclaredRelation Relation);
}
