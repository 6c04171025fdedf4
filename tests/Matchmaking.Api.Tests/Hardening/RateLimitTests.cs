using System.Net;
using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Hardening;

/// <summary>The service with the rate limit on and small, as outside Development.</summary>
public sealed class RateLimitedApi() : BareApi(StorageProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimit:Enabled", "true");
        builder.UseSetting("RateLimit:AnonymousPermitsPerWindow", "3");
        builder.UseSetting("RateLimit:PermitsPerWindow", "5");
        builder.UseSetting("RateLimit:Window", "00:10:00");
    }
}

public sealed class RateLimitTests(RateLimitedApi api) : IClassFixture<RateLimitedApi>
{
    [Fact]
    public async Task Post_PastTheWindowsPermits_429RateLimitedWithRetryAfter_PerCaller()
    {
        using var client = api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (int i = 0; i < 4; i++)
        {
            var response = await client.PostAsync("/graphql", JsonContent("{ viewer { isAuthenticated } }"));
            statuses.Add(response.StatusCode);
            refused = response;
        }

        string token = api.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Broker, "broker-rate-" + Guid.NewGuid().ToString("N"));
        using var signedIn = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent("{ viewer { subject } }") };
        signedIn.Headers.Authorization = new("Bearer", token);
        var own = await client.SendAsync(signedIn);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(refused!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is set");
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("RATE_LIMITED", body.Code());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    private static StringContent JsonContent(string query) =>
        new(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
}
