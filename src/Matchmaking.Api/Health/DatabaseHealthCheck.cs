using HealthChecks.NpgSql;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matchmaking.Api.Health;

/// <summary>
/// The system of record answers: PostgreSQL through AspNetCore.HealthChecks.NpgSql (<c>SELECT 1</c>), SQLite by
/// opening the file. The provider is read at check time, like the DbContext registration does.
/// </summary>
internal sealed class DatabaseHealthCheck(ResolvedStorage storage, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (storage.Provider == StorageProvider.Postgres)
        {
            var postgres = new NpgSqlHealthCheck(new NpgSqlHealthCheckOptions(storage.ConnectionString));
            return await postgres.CheckHealthAsync(context, cancellationToken);
        }

        var db = services.GetRequiredService<MatchmakingDbContext>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "database unreachable");
    }
}
