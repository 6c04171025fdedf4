using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Matchmaking.Core.Storage;

/// <summary>Lets `dotnet ef migrations add --context SqliteMatchmakingDbContext` build the model without the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMatchmakingDbContext>
{
    public SqliteMatchmakingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMatchmakingDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets `dotnet ef migrations add --context PostgresMatchmakingDbContext` build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMatchmakingDbContext>
{
    public PostgresMatchmakingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMatchmakingDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
