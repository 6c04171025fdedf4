using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="MatchmakingDbContext"/> for the configured provider.</summary>
    public static IServiceCollection AddMatchmakingStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        string connectionString = ResolveConnectionString(options, contentRoot);
        switch (options.Provider)
        {
            case StorageProvider.Postgres:
                services.AddDbContext<MatchmakingDbContext, PostgresMatchmakingDbContext>(o => o.UseNpgsql(connectionString));
                break;
            default:
                services.AddDbContext<MatchmakingDbContext, SqliteMatchmakingDbContext>(o => o.UseSqlite(connectionString));
                break;
        }

        services.AddSingleton(new ResolvedStorage(options.Provider, connectionString));
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>A relative SQLite Data Source is resolved against the content root and its folder created.</summary>
    public static string ResolveConnectionString(StorageOptions options, string contentRoot)
    {
        if (options.Provider != StorageProvider.Sqlite)
        {
            return options.ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (builder.DataSource is not (":memory:" or "") && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // A busy writer (the indexer, Hangfire) should make others wait, not fail.
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }
}
