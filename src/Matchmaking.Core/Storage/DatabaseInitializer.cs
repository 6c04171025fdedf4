using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Core.Storage;

/// <summary>Creates or upgrades the schema at start-up by applying the provider's migrations.</summary>
public sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, ResolvedStorage storage, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        if (storage.Provider == StorageProvider.Sqlite)
        {
            // WAL lets searches and the indexer read while a write is in flight.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(pending.Count, storage.Provider.ToString());
            await db.Database.MigrateAsync(ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the {Provider} database")]
    private partial void LogMigrating(int count, string provider);
}
