using System.Threading.Channels;
using Matchmaking.Core.Listings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// The in-process trigger: a write signals, this worker catches the index up within moments. The
/// recurring Hangfire job is the safety net for writes made by other processes.
/// </summary>
public sealed partial class IndexCatchUpWorker(ListingIndex index, IndexMaintenance maintenance, ILogger<IndexCatchUpWorker> logger)
    : BackgroundService, IListingChangeNotifier
{
    private readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void ListingsChanged() => signals.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (bool _ in signals.Reader.ReadAllAsync(stoppingToken))
        {
            if (!index.IsOpen)
            {
                continue;
            }

            try
            {
                await maintenance.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Index catch-up failed; the recurring job will retry")]
    private partial void LogFailed(Exception e);
}
