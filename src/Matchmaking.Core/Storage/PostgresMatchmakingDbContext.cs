using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Storage;

/// <summary>The PostgreSQL flavour, with its own migrations under Storage/Migrations/Postgres.</summary>
public sealed class PostgresMatchmakingDbContext(DbContextOptions<PostgresMatchmakingDbContext> options, TimeProvider? clock = null)
    : MatchmakingDbContext(options, clock);
