using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>A (demand, candidate) pair that has no match yet: a recommendation's edge.</summary>
public readonly record struct ConflictPair(Guid DemandId, CandidateKind Kind, Guid CandidateId);

/// <summary>
/// The conflicts a match of each pair would have, with <c>broker</c> as its handling broker (a broker reading
/// recommendations: would he broker for himself?): the same <see cref="ConflictRules"/> as a match's, over the same
/// data. A page of any size costs four round trips: the demands, the achievements, the experts (candidates and team
/// members) and the declarations; unknown demands or candidates are left out.
/// </summary>
public static class PairConflicts
{
    public static async Task<Dictionary<ConflictPair, IReadOnlyList<ConflictOfInterest>>> ForPairsAsync(MatchmakingDbContext db, IReadOnlyCollection<ConflictPair> pairs, string? broker, CancellationToken ct)
    {
        var demandIds = pairs.Select(p => p.DemandId).Distinct().ToList();
        var achievementIds = pairs.Where(p => p.Kind == CandidateKind.Achievement).Select(p => p.CandidateId).Distinct().ToList();
        var demands = await db.Demands.AsNoTracking().Where(d => demandIds.Contains(d.Id)).Select(d => new
        {
            d.Id,
            d.EnterpriseId,
            Owner = db.Enterprises.Where(e => e.Id == d.EnterpriseId).Select(e => e.OwnerSubject).FirstOrDefault(),
            Name = db.Enterprises.Where(e => e.Id == d.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
        }).ToDictionaryAsync(d => d.Id, ct);
        var achievements = achievementIds.Count == 0 ? [] : await db.Achievements.AsNoTracking().Where(a => achievementIds.Contains(a.Id)).Select(a => new Supply(
            a.Id, a.OwnerSubject, a.InstitutionId, db.Institutions.Where(i => i.Id == a.InstitutionId).Select(i => i.Name).FirstOrDefault(), a.TeamExpertIds)).ToDictionaryAsync(a => a.Id, ct);
        var expertIds = pairs.Where(p => p.Kind == CandidateKind.Expert).Select(p => p.CandidateId).Concat(achievements.Values.SelectMany(a => a.Team)).Distinct().ToList();
        var experts = expertIds.Count == 0 ? [] : await db.Experts.AsNoTracking().Where(x => expertIds.Contains(x.Id)).Select(x => new Supply(
            x.Id, x.OwnerSubject, x.InstitutionId, db.Institutions.Where(i => i.Id == x.InstitutionId).Select(i => i.Name).FirstOrDefault(), new List<Guid>())).ToDictionaryAsync(x => x.Id, ct);

        var enterpriseIds = demands.Values.Select(d => d.EnterpriseId).Distinct().ToList();
        var partyIds = achievements.Values.Concat(experts.Values).SelectMany(s => s.InstitutionId is { } i ? [s.Id, i] : new[] { s.Id }).Distinct().ToList();
        var declarations = await DeclaredRelations.LoadAsync(db, enterpriseIds, partyIds, ct);

        var found = new Dictionary<ConflictPair, IReadOnlyList<ConflictOfInterest>>();
        foreach (var pair in pairs.Distinct())
        {
            var candidate = pair.Kind == CandidateKind.Expert ? experts.GetValueOrDefault(pair.CandidateId) : achievements.GetValueOrDefault(pair.CandidateId);
            if (!demands.TryGetValue(pair.DemandId, out var demand) || candidate is null)
            {
                continue;
            }

            var team = candidate.Team.Select(experts.GetValueOrDefault).Where(x => x?.Owner is not null).Select(x => x!.Owner!).Distinct().ToList();
            var declared = DeclaredRelations.Between(declarations, demand.EnterpriseId, candidate.Id, candidate.InstitutionId, candidate.Team);
            var match = new Match { DemandId = pair.DemandId, CandidateKind = pair.Kind, CandidateId = pair.CandidateId, BrokerSubject = broker };
            var parties = new MatchParties(match, demand.EnterpriseId, demand.Owner, candidate.Owner, team, candidate.InstitutionId);
            found[pair] = ConflictRules.Evaluate(parties, demand.Name, candidate.InstitutionName, declared);
        }

        return found;
    }

    private sealed record Supply(Guid Id, string? Owner, Guid? InstitutionId, string? InstitutionName, List<Guid> Team);
}
