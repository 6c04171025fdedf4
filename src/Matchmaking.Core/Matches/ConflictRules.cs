using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>
/// Conflicts of interest as rules over the data, never typed in: each rule reads the match's derived parties
/// (<see cref="MatchParties"/>) and names what it found. A match with one cannot reach INTRODUCED unless an admin waived it.
/// </summary>
public static class ConflictRules
{
    /// <summary>The handling broker is a party: owns the demand's enterprise, the achievement or expert profile, or is on the team.</summary>
    public const string BrokerIsParty = "BROKER_IS_PARTY";

    /// <summary>One user is on both sides: the demanding enterprise's owner also owns (or is on the team of) the supply side.</summary>
    public const string SameOwner = "SAME_OWNER";

    /// <summary>The achievement's or expert's institution is the demanding enterprise itself (the same name).</summary>
    public const string SameOrganisation = "SAME_ORGANISATION";

    /// <summary>A party declared a conflict with the other (declareConflict): the enterprise with the candidate, its institution or a team member.</summary>
    public const string DeclaredConflict = "DECLARED_CONFLICT";

    public static IReadOnlyList<ConflictOfInterest> Evaluate(MatchParties parties, string? enterpriseName, string? institutionName, DeclaredRelations? declared = null)
    {
        var found = new List<ConflictOfInterest>();
        string? broker = parties.Broker;
        if (broker is not null && (broker == parties.DemandOwner || broker == parties.SupplyOwner || parties.TeamSubjects.Contains(broker)))
        {
            string side = broker == parties.DemandOwner ? "owns the demanding enterprise" : "owns or is on the team of the candidate";
            found.Add(new(BrokerIsParty, $"the handling broker {broker} {side}: a broker must not broker for himself."));
        }

        if (parties.DemandOwner is { } owner && (owner == parties.SupplyOwner || parties.TeamSubjects.Contains(owner)))
        {
            found.Add(new(SameOwner, $"user {owner} is on both sides: the demanding enterprise's owner also owns the candidate."));
        }

        if (Normalise(enterpriseName) is { Length: > 0 } enterprise && enterprise == Normalise(institutionName))
        {
            found.Add(new(SameOrganisation, $"the candidate's institution is the demanding enterprise itself ({enterpriseName!.Trim()})."));
        }
        else if (declared is { Affiliate: true })
        {
            found.Add(new(SameOrganisation, "the demanding enterprise declared the candidate (its institution or a team member) its affiliate (关联方)."));
        }

        if (declared is { Conflict: true })
        {
            found.Add(new(DeclaredConflict, "a conflict of interest was declared between the demanding enterprise and the candidate (its institution or a team member)."));
        }

        return found;
    }

    /// <summary>The match's conflicts, read from the database.</summary>
    public static async Task<IReadOnlyList<ConflictOfInterest>> ForMatchAsync(MatchmakingDbContext db, Guid matchId, CancellationToken ct) =>
        (await ForMatchesAsync(db, [matchId], ct)).GetValueOrDefault(matchId)
        ?? throw new DomainException(ErrorCodes.NotFound, "the match does not exist.", "matchId");

    /// <summary>
    /// Many matches' conflicts in one round trip, whatever their number (a page of matches): the parties the rules read are
    /// correlated subqueries of a single query; unknown ids are left out. Team membership is asked of the database only for
    /// the two subjects the rules compare (the broker and the demanding enterprise's owner).
    /// </summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<ConflictOfInterest>>> ForMatchesAsync(MatchmakingDbContext db, IReadOnlyCollection<Guid> matchIds, CancellationToken ct)
    {
        var rows = await db.Matches.AsNoTracking().Where(m => matchIds.Contains(m.Id)).Select(m => new
        {
            Match = m,
            EnterpriseId = db.Demands.Where(d => d.Id == m.DemandId).Select(d => (Guid?)d.EnterpriseId).FirstOrDefault(),
            DemandOwner = db.Enterprises.Where(e => db.Demands.Any(d => d.Id == m.DemandId && d.EnterpriseId == e.Id)).Select(e => e.OwnerSubject).FirstOrDefault(),
            EnterpriseName = db.Enterprises.Where(e => db.Demands.Any(d => d.Id == m.DemandId && d.EnterpriseId == e.Id)).Select(e => e.Name).FirstOrDefault(),
            ExpertOwner = db.Experts.Where(x => m.CandidateKind == CandidateKind.Expert && x.Id == m.CandidateId).Select(x => x.OwnerSubject).FirstOrDefault(),
            AchievementOwner = db.Achievements.Where(a => m.CandidateKind != CandidateKind.Expert && a.Id == m.CandidateId).Select(a => a.OwnerSubject).FirstOrDefault(),
            ExpertInstitution = db.Experts.Where(x => m.CandidateKind == CandidateKind.Expert && x.Id == m.CandidateId).Select(x => x.InstitutionId).FirstOrDefault(),
            AchievementInstitution = db.Achievements.Where(a => m.CandidateKind != CandidateKind.Expert && a.Id == m.CandidateId).Select(a => a.InstitutionId).FirstOrDefault(),
            InstitutionName = db.Institutions.Where(i =>
                    db.Experts.Any(x => m.CandidateKind == CandidateKind.Expert && x.Id == m.CandidateId && x.InstitutionId == i.Id)
                    || db.Achievements.Any(a => m.CandidateKind != CandidateKind.Expert && a.Id == m.CandidateId && a.InstitutionId == i.Id))
                .Select(i => i.Name).FirstOrDefault(),
            BrokerOnTeam = m.BrokerSubject != null && db.Experts.Any(x => x.OwnerSubject == m.BrokerSubject
                && db.Achievements.Any(a => m.CandidateKind != CandidateKind.Expert && a.Id == m.CandidateId && a.TeamExpertIds.Contains(x.Id))),
            OwnerOnTeam = db.Experts.Any(x => x.OwnerSubject != null
                && db.Enterprises.Any(e => e.OwnerSubject == x.OwnerSubject && db.Demands.Any(d => d.Id == m.DemandId && d.EnterpriseId == e.Id))
                && db.Achievements.Any(a => m.CandidateKind != CandidateKind.Expert && a.Id == m.CandidateId && a.TeamExpertIds.Contains(x.Id))),
            // Declarations name the candidate itself, its institution or (an achievement's) team member; ids are unique across tables.
            // One subquery for both relations: the sum of their distinct flags (1 a conflict, 2 an affiliate).
            Declared = db.ConflictDeclarations.Where(x => x.WithdrawnAt == null
                    && db.Demands.Any(d => d.Id == m.DemandId && d.EnterpriseId == x.EnterpriseId)
                    && (x.PartyId == m.CandidateId
                        || db.Experts.Any(e => m.CandidateKind == CandidateKind.Expert && e.Id == m.CandidateId && e.InstitutionId == x.PartyId)
                        || db.Achievements.Any(a => m.CandidateKind != CandidateKind.Expert && a.Id == m.CandidateId && (a.InstitutionId == x.PartyId || a.TeamExpertIds.Contains(x.PartyId)))))
                .Select(x => x.Relation == DeclaredRelation.Conflict ? 1 : 2).Distinct().Sum(),
        }).ToListAsync(ct);

        return rows.ToDictionary(r => r.Match.Id, r =>
        {
            var team = new List<string>();
            if (r.BrokerOnTeam && r.Match.BrokerSubject is { } broker) team.Add(broker);
            if (r.OwnerOnTeam && r.DemandOwner is { } owner && !team.Contains(owner)) team.Add(owner);
            bool expert = r.Match.CandidateKind == CandidateKind.Expert;
            var parties = new MatchParties(r.Match, r.EnterpriseId ?? Guid.Empty, r.DemandOwner, expert ? r.ExpertOwner : r.AchievementOwner, team,
                expert ? r.ExpertInstitution : r.AchievementInstitution);
            return Evaluate(parties, r.EnterpriseName, r.InstitutionName, new((r.Declared & 1) != 0, (r.Declared & 2) != 0));
        });
    }

    /// <summary>Whether an admin waived the match's conflicts (a CONFLICT_WAIVED entry in its history).</summary>
    public static Task<bool> WaivedAsync(MatchmakingDbContext db, Guid matchId, CancellationToken ct) =>
        db.MatchEvents.AnyAsync(e => e.MatchId == matchId && e.Kind == MatchEventKind.ConflictWaived, ct);

    private static string? Normalise(string? name) => name?.Trim().Replace(" ", "", StringComparison.Ordinal);
}
