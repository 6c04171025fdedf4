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

    /// <summary>Two round trips, once per request: the demands and enterprises on the other side of the user's candidates, and the experts on the other side of the user's enterprises.</summary>
    public async Task<ContactGrants> ContactGrantsAsync(string subject, CancellationToken ct)
    {
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
