using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Cluster;

/// <summary>
/// Asks every node to run a node duty: a row in the shared NodeCommands table that each node reads, and on
/// PostgreSQL a NOTIFY in the same transaction so that every node wakes at the commit. Never a Hangfire
/// job, which one node would take and the others never see.
/// </summary>
public sealed class ClusterBroadcast(IServiceScopeFactory scopes, ResolvedStorage storage, TimeProvider clock)
{
    /// <summary>Raised in this process after a command commits, so this node need not wait for its poll.</summary>
    public event Action? Sent;

    public async Task<long> SendAsync(NodeCommandKind kind, string argument, string requestedBy, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var command = new NodeCommand { Kind = kind, Argument = argument, RequestedBy = requestedBy, RequestedAt = clock.GetUtcNow() };
        db.NodeCommands.Add(command);
        await db.SaveChangesAsync(ct);
        if (storage.Provider == StorageProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT pg_notify('{PostgresMatchmakingDbContext.Channel}', '{PostgresMatchmakingDbContext.CommandsPayload}')", ct);
        }

        await transaction.CommitAsync(ct);
        Sent?.Invoke();
        return command.Id;
    }
}
