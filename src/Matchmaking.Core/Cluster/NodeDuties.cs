using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Cluster;

/// <summary>
/// This node's share of the cluster's work, run on every node against its own replica: the broadcast
/// commands (rebuild the index, load a retrained model) in the order they were sent, and a heartbeat that
/// reports the node's index generation, applied sequence and document count to the cluster view.
/// </summary>
public sealed partial class NodeDuties(
    IServiceScopeFactory scopes,
    ListingIndex index,
    IndexMaintenance maintenance,
    ModelDistribution models,
    ClusterBroadcast broadcast,
    IOptions<NodeOptions> options,
    TimeProvider clock,
    ILogger<NodeDuties> logger) : BackgroundService
{
    private static readonly TimeSpan ReadyPoll = TimeSpan.FromMilliseconds(200);
    private readonly Wakeup wakeup = new();
    private readonly DateTimeOffset startedAt = clock.GetUtcNow();
    private long lastCommand = -1;
    private long lag;
    private long head = -1;

    public string Name => options.Value.ResolvedName;

    /// <summary>The last broadcast command this node handled; -1 before the node is ready.</summary>
    public long LastCommand => Interlocked.Read(ref lastCommand);

    /// <summary>Change-log entries this node's index had not applied at its last heartbeat (head minus applied sequence).</summary>
    public long Lag => Interlocked.Read(ref lag);

    /// <summary>The change log's newest sequence at this node's last heartbeat; -1 before the first.</summary>
    public long HeadSequence => Interlocked.Read(ref head);

    public void Wake() => wakeup.Signal();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        broadcast.Sent += Wake;
        try
        {
            // Start-up opens or rebuilds the index and migrates the database first. Commands sent before this
            // node was ready are history: its index was just opened and caught up, and its models are synced here.
            while (!index.IsOpen)
            {
                await Task.Delay(ReadyPoll, stoppingToken);
            }

            // The latest command is read before the models are synced (a build published in between is then
            // also a pending command), and shown only after: a node is not ready while it runs a stale model.
            long latest = -1;
            while (latest < 0)
            {
                await RunSafelyAsync(async ct => latest = await LatestCommandAsync(ct), stoppingToken);
                if (latest < 0)
                {
                    await Task.Delay(options.Value.HeartbeatInterval, stoppingToken);
                }
            }

            await RunSafelyAsync(models.ApplyAllAsync, stoppingToken);
            Interlocked.Exchange(ref lastCommand, latest);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunSafelyAsync(RunPendingAsync, stoppingToken);
                await RunSafelyAsync(HeartbeatAsync, stoppingToken);
                await wakeup.WaitAsync(options.Value.HeartbeatInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            broadcast.Sent -= Wake;
        }
    }

    private async Task RunPendingAsync(CancellationToken ct)
    {
        List<NodeCommand> pending;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            long after = LastCommand;
            pending = await db.NodeCommands.AsNoTracking().Where(c => c.Id > after).OrderBy(c => c.Id).ToListAsync(ct);
        }

        foreach (var command in pending)
        {
            LogRunning(command.Id, command.Kind.ToString(), command.Argument, command.RequestedBy);
            try
            {
                await RunAsync(command, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A command that fails here is not retried by this node (a rebuild that fails verification would
                // fail again); the live index or model stays as it was, and the error is in this node's log.
                LogFailed(e, command.Id, command.Kind.ToString());
            }

            Interlocked.Exchange(ref lastCommand, command.Id);
            await HeartbeatAsync(ct);
        }
    }

    private async Task RunAsync(NodeCommand command, CancellationToken ct)
    {
        switch (command.Kind)
        {
            case NodeCommandKind.Rebuild:
                var progress = new Progress<string>(LogProgress);
                await maintenance.RebuildAsync(progress, ct);
                await maintenance.CatchUpAsync(ct);
                break;
            case NodeCommandKind.ReloadModel:
                await models.ApplyLatestAsync(command.Argument, ct);
                break;
        }
    }

    /// <summary>Writes this node's row of the cluster view; only this node writes it.</summary>
    private async Task HeartbeatAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var row = await db.ClusterNodes.FindAsync([Name], ct);
        if (row is null)
        {
            row = new ClusterNode { Name = Name };
            db.ClusterNodes.Add(row);
        }

        var state = NodeState.Read(index);
        row.IndexGeneration = state.Generation;
        row.AppliedSequence = state.AppliedSequence;
        row.Documents = state.Documents;
        row.LastCommand = LastCommand;
        row.StartedAt = startedAt;
        row.SeenAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        Interlocked.Exchange(ref head, await db.ChangeLogHeadAsync(ct));
        Interlocked.Exchange(ref lag, Math.Max(0, Interlocked.Read(ref head) - state.AppliedSequence));
    }

    private async Task<long> LatestCommandAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        return await db.NodeCommands.MaxAsync(c => (long?)c.Id, ct) ?? 0;
    }

    private async Task RunSafelyAsync(Func<CancellationToken, Task> step, CancellationToken ct)
    {
        try
        {
            await step(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStepFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Node command {Id}: {Kind} {Argument} (sent by {RequestedBy})")]
    private partial void LogRunning(long id, string kind, string argument, string requestedBy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuild: {Step}")]
    private partial void LogProgress(string step);

    [LoggerMessage(Level = LogLevel.Error, Message = "Node command {Id} ({Kind}) failed on this node; its index and models are unchanged")]
    private partial void LogFailed(Exception e, long id, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "A node duty failed; it runs again at the next wake-up or heartbeat")]
    private partial void LogStepFailed(Exception e);
}
