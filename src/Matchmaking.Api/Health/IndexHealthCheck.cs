using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matchmaking.Api.Health;

/// <summary>The node's Lucene replica is open and hands out a searcher.</summary>
internal sealed class IndexHealthCheck(ListingIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!index.IsOpen)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("index not open"));
        }

        using var lease = index.Acquire();
        return Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object>
        {
            ["documents"] = lease.Searcher.IndexReader.NumDocs,
            ["sequence"] = index.LastSequence,
        }));
    }
}
