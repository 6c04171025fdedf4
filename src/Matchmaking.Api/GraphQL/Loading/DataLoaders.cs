using System.Runtime.CompilerServices;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Loading;

/// <summary>The request's batch loaders: one per entity, plus the viewer's contact grants, loaded at most once.</summary>
public sealed class DataLoaders
{
    private readonly MatchQueries matches;
    private Task<ContactGrants>? grants;

    public DataLoaders(MatchmakingDbContext db, MatchQueries matches)
    {
        this.matches = matches;
        Demands = new(async (ids, ct) => await db.Demands.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct));
        Enterprises = new(async (ids, ct) => await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct));
        Experts = new(async (ids, ct) => await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct));
        Achievements = new(async (ids, ct) => await db.Achievements.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct));
        Institutions = new(async (ids, ct) => await db.Institutions.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct));
        Matches = new(async (ids, ct) => await db.Matches.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct));
        Deals = new(async (ids, ct) => (await Ledger.DealViews.LoadAsync(db, db.Deals.Where(d => ids.Contains(d.Id)), ct)).ToDictionary(v => v.Deal.Id));
        ActiveMatches = new(async (ids, ct) =>
        {
            var active = await ExpertLoads.ActiveMatchesAsync(db, ids, ct);
            return ids.ToDictionary(id => id, id => new StrongBox<int>(active.GetValueOrDefault(id)));
        });
        Payments = new(async (ids, ct) => await Ledger.DealViews.PaymentsAsync(db, db.Payments.Where(p => ids.Contains(p.Id)), ct));
        MatchesByPair = new(async (pairs, ct) =>
        {
            var demandIds = pairs.Select(p => p.DemandId).Distinct().ToList();
            var candidateIds = pairs.Select(p => p.CandidateId).Distinct().ToList();
            var found = await db.Matches.AsNoTracking().Where(m => demandIds.Contains(m.DemandId) && candidateIds.Contains(m.CandidateId)).ToListAsync(ct);
            return found.Where(m => pairs.Contains((m.DemandId, m.CandidateId))).ToDictionary(m => (m.DemandId, m.CandidateId));
        });
        PartyFeedback = new(async (ids, ct) => (await db.MatchEvents.AsNoTracking().Where(e => ids.Contains(e.MatchId) && e.Kind == MatchEventKind.Feedback).ToListAsync(ct))
            .GroupBy(e => e.MatchId)
            .ToDictionary(g => g.Key, g => MatchFeedbackService.LatestBySide(g)));
        Conflicts = new(async (ids, ct) => await ConflictRules.ForMatchesAsync(db, ids, ct));
        PairConflicts = new(async (keys, ct) =>
        {
            var found = new Dictionary<(ConflictPair Pair, string Broker), IReadOnlyList<ConflictOfInterest>>();
            foreach (var byBroker in keys.GroupBy(k => k.Broker))
            {
                var pairs = await Core.Matches.PairConflicts.ForPairsAsync(db, byBroker.Select(k => k.Pair).ToList(), byBroker.Key is { Length: > 0 } b ? b : null, ct);
                foreach (var (pair, conflicts) in pairs)
                {
                    found[(pair, byBroker.Key)] = conflicts;
                }
            }

            return found;
        });
    }

    public BatchLoader<Guid, Demand> Demands { get; }

    public BatchLoader<Guid, Enterprise> Enterprises { get; }

    public BatchLoader<Guid, Expert> Experts { get; }

    public BatchLoader<Guid, Achievement> Achievements { get; }

    public BatchLoader<Guid, Institution> Institutions { get; }

    public BatchLoader<Guid, Match> Matches { get; }

    /// <summary>Each expert's matches at an active stage (what his capacity counts).</summary>
    public BatchLoader<Guid, StrongBox<int>> ActiveMatches { get; }

    /// <summary>Deals with everything their fields show; access is the caller's to check.</summary>
    public BatchLoader<Guid, Ledger.DealView> Deals { get; }

    public BatchLoader<Guid, Ledger.PaymentView> Payments { get; }

    /// <summary>A match by its (demand, candidate) pair: one pair has at most one match.</summary>
    public BatchLoader<(Guid DemandId, Guid CandidateId), Match> MatchesByPair { get; }

    /// <summary>Each side's latest feedback per match.</summary>
    public BatchLoader<Guid, List<MatchEvent>> PartyFeedback { get; }

    /// <summary>Each match's conflicts of interest, evaluated for the whole page at once.</summary>
    public BatchLoader<Guid, IReadOnlyList<ConflictOfInterest>> Conflicts { get; }

    /// <summary>The conflicts a match of each (demand, candidate) pair would have with the given broker ("" for none): a page of recommendations at once.</summary>
    public BatchLoader<(ConflictPair Pair, string Broker), IReadOnlyList<ConflictOfInterest>> PairConflicts { get; }

    /// <summary>Whose contacts the viewer may see through a match (a broker: through the matches they handle); once per request, never for anonymous users.</summary>
    public Task<ContactGrants> ContactGrantsAsync(Viewer viewer, CancellationToken ct) =>
        viewer.Subject is { } subject ? grants ??= matches.ContactGrantsAsync(subject, viewer.IsBroker, ct) : Task.FromResult(ContactGrants.None);
}
