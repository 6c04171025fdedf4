using Matchmaking.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>The service in the Production environment (no loopback shortcut, HSTS on), empty database, a test-only key.</summary>
public sealed class ProductionSqliteApi() : ApiFactory(StorageProvider.Sqlite)
{
    /// <summary>The host's clock; a test may move it forward and must move it back.</summary>
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:SeedWhenEmpty", "false");
        builder.UseSetting("Jwt:SigningKey", "test-only-" + Guid.NewGuid().ToString("N"));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The system clock plus an offset.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
