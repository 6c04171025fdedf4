using Matchmaking.Core.Listings;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matchmaking.Core.Cluster;

/// <summary>
/// On PostgreSQL, holds one LISTEN connection so that a commit on any node wakes this node's tailer (listing
/// changes) or its node duties (broadcast commands) at once. Polling stays as the safety net, so a lost
/// connection only costs latency: it is reopened, and everything is looked at once after each (re)connect.
/// </summary>
public sealed partial class ChangeFeedListener(ResolvedStorage storage, IListingChangeNotifier changes, NodeDuties duties, ILogger<ChangeFeedListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.Provider != StorageProvider.Postgres)
        {
            return;
        }

        // A dedicated, unpooled connection: a pooled one would be reset (UNLISTEN) and shared.
        string connectionString = new NpgsqlConnectionStringBuilder(storage.ConnectionString) { Pooling = false, KeepAlive = 30 }.ToString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Dispatch(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresMatchmakingDbContext.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                LogListening();

                // Whatever committed while this node was not listening: look once.
                changes.ListingsChanged();
                duties.Wake();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever broke the connection (server restart, network, failover), the node keeps serving and
                // polling; an exception escaping here would stop the whole host.
                LogLost(e, RetryDelay.TotalSeconds);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private void Dispatch(string payload)
    {
        if (payload == PostgresMatchmakingDbContext.CommandsPayload)
        {
            duties.Wake();
        }
        else
        {
            changes.ListingsChanged();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for change-log and broadcast notifications")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification connection was lost; reconnecting in {Seconds} s (polling continues meanwhile)")]
    private partial void LogLost(Exception e, double seconds);
}
