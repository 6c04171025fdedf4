using Matchmaking.Core.Storage;
using Microsoft.AspNetCore.Hosting;

namespace Matchmaking.Api.Tests;

/// <summary>The service in the Production environment (no loopback shortcut, HSTS on), empty database, a test-only key.</summary>
public sealed class ProductionSqliteApi() : ApiFactory(StorageProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:SeedWhenEmpty", "false");
        builder.UseSetting("Jwt:SigningKey", "test-only-" + Guid.NewGuid().ToString("N"));
    }
}
