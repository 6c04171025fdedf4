using Matchmaking.Api.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matchmaking.Api.Health;

/// <summary>Ready once migration, seeding and the index are done (see <see cref="StartupWorker"/>, which logs a failure).</summary>
internal sealed class StartupHealthCheck(Readiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy()
            : readiness.Failure is null ? HealthCheckResult.Unhealthy("starting")
            : HealthCheckResult.Unhealthy("failed"));
}
