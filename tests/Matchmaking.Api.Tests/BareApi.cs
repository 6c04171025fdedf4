using Matchmaking.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>The service with an empty database (tests create what they read) and a command counter on every DbContext.</summary>
public abstract class BareApi(StorageProvider provider) : ApiFactory(provider)
{
    public CommandCounter Counter => Services.GetRequiredService<CommandCounter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:SeedWhenEmpty", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<CommandCounter>();
            services.ConfigureDbContext<SqliteMatchmakingDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<CommandCounter>()));
            services.ConfigureDbContext<PostgresMatchmakingDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<CommandCounter>()));
        });
    }
}

public sealed class BareSqliteApi() : BareApi(StorageProvider.Sqlite);

public sealed class BarePostgresApi() : BareApi(StorageProvider.Postgres);
