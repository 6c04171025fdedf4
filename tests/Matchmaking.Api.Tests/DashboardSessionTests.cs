using System.Net;
using Matchmaking.Api.Auth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>In Production the Hangfire dashboard opens for an admin's browser through a short-lived cookie, for nobody else.</summary>
public sealed class DashboardSessionTests(ProductionSqliteApi api) : IClassFixture<ProductionSqliteApi>
{
    private static readonly WebApplicationFactoryClientOptions NoCookies = new() { HandleCookies = false, AllowAutoRedirect = false };

    [Fact]
    public async Task Dashboard_Anonymous_Refused()
    {
        using var client = api.CreateClient(NoCookies);

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_Broker_ForbiddenAndNoCookie()
    {
        using var client = api.CreateClient(NoCookies);

        using var response = await client.SendAsync(SignIn(Token(Roles.Broker)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SignIn_NoToken_Unauthorized()
    {
        using var client = api.CreateClient(NoCookies);

        using var response = await client.PostAsync("/hangfire-login", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_AdminBearer_HttpOnlyStrictCookieOpensDashboard()
    {
        using var client = api.CreateClient(NoCookies);

        using var signIn = await client.SendAsync(SignIn(Token(Roles.Admin)));

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        string cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/hangfire", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=900", cookie, StringComparison.OrdinalIgnoreCase);
        using var dashboard = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        dashboard.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var page = await client.SendAsync(dashboard);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Hangfire", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_AdminTokenInForm_RedirectsToDashboardWithCookie()
    {
        using var client = api.CreateClient(NoCookies);

        using var response = await client.PostAsync("/hangfire-login", new FormUrlEncodedContent([new("token", Token(Roles.Admin))]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/hangfire", response.Headers.Location?.ToString());
        Assert.StartsWith("mm_dashboard=", Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task Dashboard_ApiTokenAsCookie_Refused()
    {
        // The cookie must be a dashboard token (its own audience); an API token copied into it is refused.
        using var client = api.CreateClient(NoCookies);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Add("Cookie", "mm_dashboard=" + Token(Roles.Admin));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_CookiePastItsLifetime_Refused()
    {
        using var client = api.CreateClient(NoCookies);
        using var signIn = await client.SendAsync(SignIn(Token(Roles.Admin)));
        string cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie")).Split(';')[0];

        api.Clock.Offset = TimeSpan.FromMinutes(16);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
            request.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        finally
        {
            api.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Dashboard_AdminBearer_Ok()
    {
        using var client = api.CreateClient(NoCookies);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Authorization = new("Bearer", Token(Roles.Admin));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage SignIn(string token) => new(HttpMethod.Post, "/hangfire-login") { Headers = { Authorization = new("Bearer", token) } };

    private string Token(string role) => api.Services.GetRequiredService<TokenIssuer>().Issue(role, role.ToLowerInvariant() + "-1");
}
