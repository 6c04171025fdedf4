using System.Text.Json;
using Matchmaking.Core.Storage;
using Microsoft.AspNetCore.Hosting;

namespace Matchmaking.Api.Tests.Hardening;

/// <summary>The service in the Production environment (with a signing key, as Production requires).</summary>
public sealed class ProductionApi() : BareApi(StorageProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Jwt:SigningKey", "a-test-only-signing-key-of-at-least-32-bytes");
        builder.UseSetting("RateLimit:Enabled", "false");
    }
}

public sealed class ProductionDefaultsTests(ProductionApi api) : IClassFixture<ProductionApi>
{
    [Fact]
    public async Task Introspection_InProductionByDefault_Refused()
    {
        var result = await api.PostAsync("{ __schema { queryType { name } } }");

        Assert.True(result.TryGetProperty("errors", out _), result.ToString());
        Assert.NotEqual("INTERNAL", result.Code());
        Assert.Equal(JsonValueKind.Null, result.TryGetProperty("data", out var data) ? data.ValueKind : JsonValueKind.Null);
    }
}
