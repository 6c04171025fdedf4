using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>Reads the matches that say something about relevance (<see cref="MatchGrades.Label"/>) as decisions.</summary>
public static class BrokerDecisions
{
    public static async Task<List<BrokerDecision>> ReadAsync(MatchmakingDbContext db, IReadOnlyCollection<RejectReason> notRelevant, CancellationToken ct)
    {
        var matches = await db.Matches.AsNoTracking()
            .Where(m => m.Stage != MatchStage.Suggested || m.Feedback != 0)
            .Select(m => new { m.Id, m.DemandId, m.CandidateId, m.Stage, m.Feedback, m.RejectReason, m.UpdatedAt })
            .ToListAsync(ct);

        // The stage a rejected match had reached: the rejection entry of its history says where it was rejected from.
        var rejectedFrom = (await db.MatchEvents.AsNoTracking()
                .Where(e => e.Kind == MatchEventKind.Rejected && e.FromStage != null)
                .Select(e => new { e.MatchId, e.FromStage, e.At })
                .ToListAsync(ct))
            .GroupBy(e => e.MatchId)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.At)!.FromStage);
        var decisions = new List<BrokerDecision>(matches.Count);
        foreach (var m in matches)
        {
            if (MatchGrades.Label(m.Stage, m.Feedback, m.RejectReason, rejectedFrom.GetValueOrDefault(m.Id), notRelevant) is { } grade)
            {
                decisions.Add(new BrokerDecision(m.DemandId, m.CandidateId, grade, m.UpdatedAt));
            }
        }

        return decisions;
    }
}
