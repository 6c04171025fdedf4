using System.Net;
using System.Text;
using Matchmaking.Api.Auth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Insights;

/// <summary>/insights for an admin's browser through a short-lived cookie; the CSV download for admins and brokers.</summary>
public sealed class InsightsPageTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private const string Csv = "/insights/analytics.csv?from=2025-06&to=2026-05&groupBy=INDUSTRY";

    private static readonly WebApplicationFactoryClientOptions NoCookies = new() { HandleCookies = false, AllowAutoRedirect = false };

    [Fact]
    public async Task Page_NoCookie_RedirectsToSignIn()
    {
        using var client = api.CreateClient(NoCookies);

        using var response = await client.GetAsync("/insights");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/insights-login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task SignIn_AdminTokenInForm_CookieOpensPageWithTheSeedFigures()
    {
        using var client = api.CreateClient(NoCookies);

        using var signIn = await client.PostAsync("/insights-login", new FormUrlEncodedContent([new("token", Token(Roles.Admin, "admin-insights"))]));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/insights", signIn.Headers.Location?.ToString());
        string cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/insights", cookie, StringComparison.OrdinalIgnoreCase);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/insights");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var page = await client.SendAsync(request);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<canvas id=\"funnel-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<canvas id=\"trend-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/insights/assets/insights.js\"", html, StringComparison.Ordinal);

        // The default period is the twelve months up to the newest proposal: the whole seeded year.
        Assert.Contains($"<b id=\"matches\">{SeedHistory.Read().Matches.Count}</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Broker_ForbiddenAndNoCookie()
    {
        using var client = api.CreateClient(NoCookies);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/insights-login");
        request.Headers.Authorization = new("Bearer", Token(Roles.Broker, "seed-broker-1"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Csv_AdminBearer_Utf8BomHeaderAndTotalRow()
    {
        using var response = await GetCsvAsync(Csv, Token(Roles.Admin, "admin-insights"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("analytics-2025-06-2026-05-industry.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        string[] lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] header = lines[0].Split(',');
        Assert.Equal(["group", "demands_posted", "demands_matched", "matches", "contracts"], header[..5]);
        Assert.Contains("median_days_SUGGESTED_SHORTLISTED", header);
        Assert.Contains(lines, l => l.StartsWith("NEW_ENERGY_VEHICLES,", StringComparison.Ordinal));
        string[] total = lines[^1].Split(',');
        Assert.Equal(header.Length, total.Length);
        Assert.Equal(("total", SeedHistory.Read().Matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), (total[0], total[3]));
    }

    [Fact]
    public async Task Csv_BrokerBearer_OnlyTheirOwnMatches()
    {
        using var response = await GetCsvAsync(Csv, Token(Roles.Broker, "seed-broker-3"));

        string[] total = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[^1].Split(',');
        Assert.Equal(SeedHistory.Read().Matches.Count(m => m.GetProperty("brokerSubject").GetString() == "seed-broker-3").ToString(System.Globalization.CultureInfo.InvariantCulture), total[3]);
    }

    [Theory]
    [InlineData(Roles.Researcher, Csv, HttpStatusCode.Forbidden)]
    [InlineData(null, Csv, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.Admin, "/insights/analytics.csv?groupBy=CITY", HttpStatusCode.BadRequest)]
    [InlineData(Roles.Admin, "/insights/analytics.csv?from=2026-05&to=2025-06", HttpStatusCode.BadRequest)]
    public async Task Csv_Refused(string? role, string url, HttpStatusCode expected)
    {
        using var response = await GetCsvAsync(url, role is null ? null : Token(role, "someone"));

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetCsvAsync(string url, string? token)
    {
        using var client = api.CreateClient(NoCookies);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private string Token(string role, string subject) => api.Services.GetRequiredService<TokenIssuer>().Issue(role, subject);
}
