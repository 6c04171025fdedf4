using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Reads the Storage section and resolves a relative SQLite file against <paramref name="root"/>.</summary>
    public static ResolvedStorage Resolve(IConfiguration configuration, string root)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        return new ResolvedStorage(options.Provider, ResolveConnectionString(options, root));
    }

    /// <summary>
    /// Registers <see cref="MatchmakingDbContext"/>. The provider is read when first resolved, not at
    /// registration, so that configuration added later (tests, hosting) still decides it.
    /// </summary>
    public static IServiceCollection AddMatchmakingStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostPaths>().Root));
        services.AddDbContext<SqliteMatchmakingDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<ResolvedStorage>().ConnectionString));
        services.AddDbContext<PostgresMatchmakingDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<ResolvedStorage>().ConnectionString));
        services.AddScoped<MatchmakingDbContext>(sp => sp.GetRequiredService<ResolvedStorage>().Provider == StorageProvider.Postgres
            ? sp.GetRequiredService<PostgresMatchmakingDbContext>()
            : sp.GetRequiredService<SqliteMatchmakingDbContext>());
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<SeedImporter>();
        return services;
    }

    /// <summary>A relative SQLite Data Source is resolved against the content root and its folder created.</summary>
    public static string ResolveConnectionString(StorageOptions options, string root)
    {
        if (options.Provider != StorageProvider.Sqlite)
        {
            return options.ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (builder.DataSource is not (":memory:" or "") && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(root, builder.DataSource));
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
