using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Matchmaking.Core.Storage;

/// <summary>The SQLite flavour, with its own migrations under Storage/Migrations/Sqlite.</summary>
public sealed class SqliteMatchmakingDbContext(DbContextOptions<SqliteMatchmakingDbContext> options, TimeProvider? clock = null)
    : MatchmakingDbContext(options, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no DateTimeOffset type; as binary ticks the values order and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
