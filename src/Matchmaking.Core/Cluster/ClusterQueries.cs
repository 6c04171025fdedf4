using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Cluster;

/// <summary>One node as the cluster view shows it: what its replica last reported and how far behind the change log it is.</summary>
public sealed record NodeReport(string Name, string IndexGeneration, long AppliedSequence, long Lag, int Documents, long LastCommand, DateTimeOffset StartedAt, DateTimeOffset SeenAt, bool Alive);

/// <summary>The nodes' last reports against the head of the shared change log.</summary>
public sealed class ClusterQueries(MatchmakingDbContext db, IOptions<NodeOptions> options, TimeProvider clock)
{
    /// <summary>The change log's head and every node's last report against it.</summary>
    public async Task<(long Head, IReadOnlyList<NodeReport> Nodes)> NodesAsync(CancellationToken ct)
    {
        long head = await db.ChangeLogHeadAsync(ct);
        var rows = await db.ClusterNodes.AsNoTracking().ToListAsync(ct);
        var cutoff = clock.GetUtcNow() - options.Value.AliveWindow;
        var nodes = rows.OrderBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => new NodeReport(n.Name, n.IndexGeneration, n.AppliedSequence, Math.Max(0, head - n.AppliedSequence), n.Documents, n.LastCommand, n.StartedAt, n.SeenAt, n.SeenAt >= cutoff))
            .ToList();
        return (head, nodes);
    }
}
