using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>Read side of matches: which a user is a party to, and whose contacts a match reveals to them.</summary>
public sealed class MatchQueries(MatchmakingDbContext db)
{
    /// <summary>Matches where <paramref name="subject"/> owns the demand's enterprise or the candidate.</summary>
    public IQueryable<Match> PartyOf(string subject) => db.Matches.AsNoTracking().Where(m =>
        db.Demands.Any(d => d.Id == m.DemandId && db.Enterprises.Any(e => e.Id == d.EnterpriseId && e.OwnerSubject == subject))
        || (m.CandidateKind == CandidateKind.Expert && db.Experts.Any(x => x.Id == m.CandidateId && x.OwnerSubject == subject))
        || (m.CandidateKind == CandidateKind.Achievement && db.Achievements.Any(a => a.Id == m.CandidateId && a.OwnerSubject == subject)));

    /// <summary>The match and its derived parties; NOT_FOUND when there is no such match.</summary>
    public async Task<MatchParties> PartiesAsync(Guid matchId, CancellationToken ct) =>
        (await PartiesAsync([matchId], ct)).GetValueOrDefault(matchId)
        ?? throw new DomainException(ErrorCodes.NotFound, "the match does not exist.", "matchId");

    /// <summary>The parties of many matches in five round trips, whatever their number (a page of matches); unknown ids are left out.</summary>
    public async Task<Dictionary<Guid, MatchParties>> PartiesAsync(IReadOnlyCollection<Guid> matchIds, CancellationToken ct)
    {
        var found = await db.Matches.AsNoTracking().Where(m => matchIds.Contains(m.Id)).ToListAsync(ct);
        var demandIds = found.Select(m => m.DemandId).Distinct().ToList();
        var expertIds = found.Where(m => m.CandidateKind == CandidateKind.Expert).Select(m => m.CandidateId).Distinct().ToList();
        var achievementIds = found.Where(m => m.CandidateKind != CandidateKind.Expert).Select(m => m.CandidateId).Distinct().ToList();

        // Tolerant of missing rows (tests and imports may hold matches whose listings are gone): a missing side has no party.
        var demandSides = await db.Demands.AsNoTracking().Where(d => demandIds.Contains(d.Id))
            .Select(d => new { d.Id, d.EnterpriseId, Owner = db.Enterprises.Where(e => e.Id == d.EnterpriseId).Select(e => e.OwnerSubject).FirstOrDefault() })
            .ToDictionaryAsync(d => d.Id, ct);
        var experts = await db.Experts.AsNoTracking().Where(x => expertIds.Contains(x.Id))
            .Select(x => new { x.Id, x.OwnerSubject, x.InstitutionId }).ToDictionaryAsync(x => x.Id, ct);
        var achievements = await db.Achievements.AsNoTracking().Where(a => achievementIds.Contains(a.Id))
            .Select(a => new { a.Id, a.OwnerSubject, a.InstitutionId, a.TeamExpertIds }).ToDictionaryAsync(a => a.Id, ct);
        var teamIds = achievements.Values.SelectMany(a => a.TeamExpertIds).Distinct().ToList();
        var teamOwners = await db.Experts.AsNoTracking().Where(x => teamIds.Contains(x.Id) && x.OwnerSubject != null)
            .Select(x => new { x.Id, x.OwnerSubject }).ToDictionaryAsync(x => x.Id, x => x.OwnerSubject!, ct);

        var parties = new Dictionary<Guid, MatchParties>(found.Count);
        foreach (var match in found)
        {
            var demand = demandSides.GetValueOrDefault(match.DemandId);
            Guid enterpriseId = demand?.EnterpriseId ?? Guid.Empty;
            if (match.CandidateKind == CandidateKind.Expert)
            {
                var expert = experts.GetValueOrDefault(match.CandidateId);
                parties[match.Id] = new MatchParties(match, enterpriseId, demand?.Owner, expert?.OwnerSubject, [], expert?.InstitutionId);
                continue;
            }

            var achievement = achievements.GetValueOrDefault(match.CandidateId);
            var team = (achievement?.TeamExpertIds ?? []).Where(teamOwners.ContainsKey).Select(id => teamOwners[id]).Distinct().ToList();
            parties[match.Id] = new MatchParties(match, enterpriseId, demand?.Owner, achievement?.OwnerSubject, team, achievement?.InstitutionId);
        }

        return parties;
    }

    public IQueryable<Match> Filter(IQueryable<Match> matches, MatchFilter filter)
    {
        if (filter.Stage is { } stage)
        {
            matches = matches.Where(m => m.Stage == stage);
        }

        if (filter.DemandId is { } demandId)
        {
            matches = matches.Where(m => m.DemandId == demandId);
        }

        if (filter.CandidateKind is { } kind)
        {
            matches = matches.Where(m => m.CandidateKind == kind);
        }

        if (filter.BrokerSubject is { } broker)
        {
            matches = matches.Where(m => m.BrokerSubject == broker);
        }

        return matches;
    }

    /// <summary>
    /// Two round trips, once per request: the demands and enterprises on the other side of the user's candidates,
    /// and the experts on the other side of the user's enterprises. For a broker, one: both sides of the matches
    /// they handle from SHORTLISTED on.
    /// </summary>
    public async Task<ContactGrants> ContactGrantsAsync(string subject, bool broker, CancellationToken ct)
    {
        if (broker)
        {
            var brokerStages = MatchWorkflow.BrokerContactStages;
            var handled = await db.Matches.AsNoTracking()
                .Where(m => m.BrokerSubject == subject && brokerStages.Contains(m.Stage))
                .Join(db.Demands, m => m.DemandId, d => d.Id, (m, d) => new { DemandId = d.Id, d.EnterpriseId, m.CandidateKind, m.CandidateId })
                .ToListAsync(ct);
            return new ContactGrants(
                handled.Select(x => x.DemandId).ToHashSet(),
                handled.Select(x => x.EnterpriseId).ToHashSet(),
                handled.Where(x => x.CandidateKind == CandidateKind.Expert).Select(x => x.CandidateId).ToHashSet());
        }

        var stages = MatchWorkflow.ContactStages;
        var demandSide = await db.Matches.AsNoTracking()
            .Where(m => stages.Contains(m.Stage))
            .Where(m => (m.CandidateKind == CandidateKind.Expert && db.Experts.Any(x => x.Id == m.CandidateId && x.OwnerSubject == subject))
                || (m.CandidateKind == CandidateKind.Achievement && db.Achievements.Any(a => a.Id == m.CandidateId && a.OwnerSubject == subject)))
            .Join(db.Demands, m => m.DemandId, d => d.Id, (m, d) => new { d.Id, d.EnterpriseId })
            .ToListAsync(ct);
        var experts = await db.Matches.AsNoTracking()
            .Where(m => stages.Contains(m.Stage) && m.CandidateKind == CandidateKind.Expert)
            .Where(m => db.Demands.Any(d => d.Id == m.DemandId && db.Enterprises.Any(e => e.Id == d.EnterpriseId && e.OwnerSubject == subject)))
            .Select(m => m.CandidateId)
            .ToListAsync(ct);
        return new ContactGrants(
            demandSide.Select(x => x.Id).ToHashSet(),
            demandSide.Select(x => x.EnterpriseId).ToHashSet(),
            experts.ToHashSet());
    }
}
