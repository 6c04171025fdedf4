using Matchmaking.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Matchmaking.Tests.Shared;

/// <summary>
/// A fresh, migrated database for one test: a temp SQLite file, or a new database on the PostgreSQL
/// server named by MATCHMAKING_TEST_POSTGRES (the test script starts one). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "MATCHMAKING_TEST_POSTGRES";

    private readonly string? sqliteFolder;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private TestDatabase(StorageProvider provider, string connectionString, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable);

    public static TestDatabase Create(StorageProvider provider)
    {
        if (provider == StorageProvider.Sqlite)
        {
            string folder = Path.Combine(Path.GetTempPath(), "mm-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            string cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "test.db"), Pooling = false }.ToString();
            var sqlite = new TestDatabase(provider, cs, folder, null, null);
            using var db = sqlite.CreateContext();
            db.Database.Migrate();
            return sqlite;
        }

        string admin = PostgresConnectionString ?? throw new InvalidOperationException($"{PostgresVariable} is not set; run the tests through scripts/test.sh.");
        string name = "mm_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        string pgcs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        var postgres = new TestDatabase(provider, pgcs, null, admin, name);
        using (var db = postgres.CreateContext())
        {
            db.Database.Migrate();
        }

        return postgres;
    }

    public MatchmakingDbContext CreateContext(TimeProvider? clock = null) => Provider == StorageProvider.Sqlite
        ? new SqliteMatchmakingDbContext(new DbContextOptionsBuilder<SqliteMatchmakingDbContext>().UseSqlite(ConnectionString).Options, clock)
        : new PostgresMatchmakingDbContext(new DbContextOptionsBuilder<PostgresMatchmakingDbContext>().UseNpgsql(ConnectionString).Options, clock);

    public void Dispose()
    {
        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }

        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(postgresAdmin);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    drop.ExecuteNonQuery();
                    return;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 50)
                {
                    // FORCE may not terminate a server-owned worker (autovacuum) busy in the database; it is gone
                    // within moments.
                    Thread.Sleep(200);
                }
            }
        }
    }
}
