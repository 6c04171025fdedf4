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
    public async Task<MatchParties> PartiesAsync(Guid matchId, CancellationToken ct)
    {
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the match does not exist.", "matchId");
        // Tolerant of missing rows (tests and imports may hold matches whose listings are gone): a missing side has no party.
        var demandSide = await db.Demands.AsNoTracking().Where(d => d.Id == match.DemandId)
            .Select(d => new { d.EnterpriseId, Owner = db.Enterprises.Where(e => e.Id == d.EnterpriseId).Select(e => e.OwnerSubject).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        Guid enterpriseId = demandSide?.EnterpriseId ?? Guid.Empty;
        if (match.CandidateKind == CandidateKind.Expert)
        {
            var expert = await db.Experts.AsNoTracking().Where(x => x.Id == match.CandidateId).Select(x => new { x.OwnerSubject, x.InstitutionId }).FirstOrDefaultAsync(ct);
            return new MatchParties(match, enterpriseId, demandSide?.Owner, expert?.OwnerSubject, [], expert?.InstitutionId);
        }

        var achievement = await db.Achievements.AsNoTracking().Where(a => a.Id == match.CandidateId).Select(a => new { a.OwnerSubject, a.InstitutionId, a.TeamExpertIds }).FirstOrDefaultAsync(ct);
        var teamIds = achievement?.TeamExpertIds ?? [];
        var team = teamIds.Count == 0 ? [] : await db.Experts.AsNoTracking()
            .Where(x => teamIds.Contains(x.Id) && x.OwnerSubject != null)
            .Select(x => x.OwnerSubject!)
            .ToListAsync(ct);
        return new MatchParties(match, enterpriseId, demandSide?.Owner, achievement?.OwnerSubject, team.Distinct().ToList(), achievement?.InstitutionId);
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
