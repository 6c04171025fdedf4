using Hangfire;
using Matchmaking.Core.Listings;

namespace Matchmaking.Api.Jobs;

/// <summary>Hangfire entry points for listings: a cluster duty (one node of the cluster runs each occurrence).</summary>
public sealed partial class ListingJobs(ListingService listings, ILogger<ListingJobs> logger)
{
    /// <summary>Idempotent, so Hangfire's at-least-once retries and overlapping runs change nothing twice.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task ExpireDemandsAsync(CancellationToken ct)
    {
        int expired = await listings.ExpireDemandsAsync(ct);
        LogExpired(logger, expired);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demand expiry: {Count} open demand(s) past their deadline are now EXPIRED")]
    private static partial void LogExpired(ILogger logger, int count);
}
