using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Matchmaking.Core.Storage;

/// <summary>The PostgreSQL flavour, with its own migrations under Storage/Migrations/Postgres.</summary>
public sealed class PostgresMatchmakingDbContext(DbContextOptions<PostgresMatchmakingDbContext> options, TimeProvider? clock = null)
    : MatchmakingDbContext(options, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Npgsql writes timestamptz only from UTC values; listings carry local offsets (+08:00), so the
        // same instant is stored in UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
