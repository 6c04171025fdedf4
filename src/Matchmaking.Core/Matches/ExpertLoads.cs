using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Exposure;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Matches;

/// <summary>
/// Experts' loads from the system of record: availability and capacity from the experts table, active
/// matches counted from the matches table (never a stored counter, so a stage change needs no second write).
/// </summary>
public sealed class ExpertLoads(IServiceScopeFactory scopes) : IExpertLoads
{
    private static readonly IReadOnlyDictionary<Guid, ExpertLoad> None = new Dictionary<Guid, ExpertLoad>();

    public async Task<IReadOnlyDictionary<Guid, ExpertLoad>> LoadAsync(IReadOnlyCollection<Guid> expertIds, CancellationToken ct)
    {
        if (expertIds.Count == 0)
        {
            return None;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var ids = expertIds.Distinct().ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.OpenToProjects, e.Capacity }).ToListAsync(ct);
        var active = await ActiveMatchesAsync(db, ids, ct);
        return experts.ToDictionary(e => e.Id, e => new ExpertLoad(e.OpenToProjects, e.Capacity, active.GetValueOrDefault(e.Id)));
    }

    /// <summary>How many matches at an active stage each of <paramref name="expertIds"/> carries.</summary>
    public static async Task<Dictionary<Guid, int>> ActiveMatchesAsync(MatchmakingDbContext db, IReadOnlyCollection<Guid> expertIds, CancellationToken ct)
    {
        var stages = MatchWorkflow.ActiveStages;
        return await db.Matches.AsNoTracking()
            .Where(m => m.CandidateKind == CandidateKind.Expert && expertIds.Contains(m.CandidateId) && stages.Contains(m.Stage))
            .GroupBy(m => m.CandidateId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}
