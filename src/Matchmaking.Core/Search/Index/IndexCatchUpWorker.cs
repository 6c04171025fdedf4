using Matchmaking.Core.Cluster;
using Matchmaking.Core.Listings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// This node's tailer: a write on this node signals it, a NOTIFY from a write on another node signals it
/// (<see cref="ChangeFeedListener"/>), and it also runs every Node:CatchUpInterval as the safety net. Every
/// node runs its own, against its own replica; it is never a job that one node of the cluster takes.
/// </summary>
public sealed partial class IndexCatchUpWorker(ListingIndex index, IndexMaintenance maintenance, IOptions<NodeOptions> options, IOptions<SearchOptions> search, ILogger<IndexCatchUpWorker> logger)
    : BackgroundService, IListingChangeNotifier
{
    private readonly Wakeup wakeup = new();

    public void ListingsChanged() => wakeup.Signal();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Applied changes wait at most Search:CommitInterval for their durable commit.
                var interval = index.HasPendingCommit ? search.Value.CommitInterval : options.Value.CatchUpInterval;
                await wakeup.WaitAsync(interval, stoppingToken);
                if (!index.IsOpen)
                {
                    continue;
                }

                try
                {
                    await maintenance.CatchUpAsync(stoppingToken);
                    index.CommitIfDue();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Index catch-up failed; the next wake-up or interval retries")]
    private partial void LogFailed(Exception e);
}
