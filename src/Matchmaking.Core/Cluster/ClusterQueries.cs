using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Cluster;

/// <summary>One node as the cluster view shows it: what its replica last reported and how far behind the change log it is.</summary>
public sealed record NodeReport(string Name, string IndexGeneration, long AppliedSequence, long Lag, int Documents, long LastCommand, DateTimeOffset StartedAt, DateTimeOffset SeenAt, bool Alive);

/// <summary>The nodes' last reports against the head of the shared change log.</summary>
public sealed class ClusterQueries(MatchmakingDbContext db, IOptions<NodeOptions> options, TimeProvider clock)
{
    public async Task<long> HeadSequenceAsync(CancellationToken ct) => await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;

    public async Task<IReadOnlyList<NodeReport>> NodesAsync(CancellationToken ct)
    {
        long head = await HeadSequenceAsync(ct);
        var rows = await db.ClusterNodes.AsNoTracking().ToListAsync(ct);
        var cutoff = clock.GetUtcNow() - options.Value.AliveWindow;
        return rows.OrderBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => new NodeReport(n.Name, n.IndexGeneration, n.AppliedSequence, Math.Max(0, head - n.AppliedSequence), n.Documents, n.LastCommand, n.StartedAt, n.SeenAt, n.SeenAt >= cutoff))
            .ToList();
    }
}
