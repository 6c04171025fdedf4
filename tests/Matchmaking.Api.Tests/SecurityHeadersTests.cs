using System.Net;
using System.Net.Http.Json;

namespace Matchmaking.Api.Tests;

/// <summary>CSP (fit for GraphiQL), nosniff and no framing on every response; HSTS on HTTPS outside Development.</summary>
public sealed class SecurityHeadersTests(ProductionSqliteApi production, BareSqliteApi development) : IClassFixture<ProductionSqliteApi>, IClassFixture<BareSqliteApi>
{
    [Fact]
    public async Task GraphiQLPage_Production_CspNosniffNoFraming()
    {
        using var client = production.CreateClient();

        using var response = await client.GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task StaticAssetAndGraphQLPost_Production_Nosniff()
    {
        using var client = production.CreateClient();

        using var post = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        using var health = await client.GetAsync("/healthz");

        Assert.Equal("nosniff", Assert.Single(post.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("nosniff", Assert.Single(health.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Https_Production_Hsts()
    {
        // Not localhost: ASP.NET Core never sends HSTS to localhost, 127.0.0.1 or [::1].
        using var client = production.CreateClient(new() { BaseAddress = new Uri("https://matchmaking.test") });

        using var response = await client.GetAsync("/healthz");

        Assert.StartsWith("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task ForwardedHttps_FromLoopbackProxy_Hsts()
    {
        var context = await production.Server.SendAsync(http => Forwarded(http, System.Net.IPAddress.Loopback));

        Assert.Equal("https", context.Request.Scheme);
        Assert.True(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedHttps_FromUnknownAddress_Ignored()
    {
        var context = await production.Server.SendAsync(http => Forwarded(http, System.Net.IPAddress.Parse("203.0.113.7")));

        Assert.Equal("http", context.Request.Scheme);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Https_Development_NoHsts()
    {
        using var client = development.CreateClient(new() { BaseAddress = new Uri("https://matchmaking.test") });

        using var response = await client.GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    private static void Forwarded(Microsoft.AspNetCore.Http.HttpContext http, System.Net.IPAddress remote)
    {
        http.Request.Method = "GET";
        http.Request.Path = "/healthz";
        http.Request.Host = new("matchmaking.test");
        http.Request.Headers["X-Forwarded-Proto"] = "https";
        http.Request.Headers["X-Forwarded-For"] = "198.51.100.9";
        http.Connection.RemoteIpAddress = remote;
    }
}
