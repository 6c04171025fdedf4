using Hangfire;
using Matchmaking.Core.Search.Index;

namespace Matchmaking.Api.Jobs;

/// <summary>Hangfire entry points for the index; the logic lives in <see cref="IndexMaintenance"/>.</summary>
public sealed class IndexJobs(IndexMaintenance maintenance, ListingIndex index)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task CatchUpAsync(CancellationToken ct)
    {
        if (index.IsOpen)
        {
            await maintenance.CatchUpAsync(ct);
        }
    }

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RebuildAsync(CancellationToken ct)
    {
        await maintenance.RebuildAsync(progress: null, ct);
        await maintenance.CatchUpAsync(ct);
    }
}
