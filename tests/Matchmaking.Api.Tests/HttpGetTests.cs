using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Matchmaking.Api.Tests.Hardening;

namespace Matchmaking.Api.Tests;

/// <summary>GET /graphql per GraphQL over HTTP: queries run, mutations are 405, a browser without a query gets GraphiQL.</summary>
public sealed class HttpGetTests(BareSqliteApi api) : IClassFixture<BareSqliteApi>
{
    [Fact]
    public async Task Get_QueryWithVariablesAndOperationName_RunsAsJson()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(Url("query A { viewer { isAuthenticated } } query B($first: Int) { demands(first: $first) { totalCount } }", "{\"first\":2}", "B"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var data = (await ReadAsync(response)).Data();
        Assert.True(data.GetProperty("demands").GetProperty("totalCount").GetInt32() >= 0);
        Assert.False(data.TryGetProperty("viewer", out _));
    }

    [Fact]
    public async Task Get_AcceptGraphQLResponseJson_AnswersThatType_AndA400ForAnInvalidDocument()
    {
        using var client = api.CreateClient();
        using var ok = new HttpRequestMessage(HttpMethod.Get, Url("{ viewer { isAuthenticated } }"));
        ok.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var bad = new HttpRequestMessage(HttpMethod.Get, Url("{ noSuchField }"));
        bad.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var okResponse = await client.SendAsync(ok);
        using var badResponse = await client.SendAsync(bad);

        Assert.Equal(HttpStatusCode.OK, okResponse.StatusCode);
        Assert.Equal("application/graphql-response+json", okResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badResponse.StatusCode);
        Assert.Equal("application/graphql-response+json", badResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_Mutation_405AllowPostMethodNotAllowed()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(Url("query Q { viewer { isAuthenticated } } mutation M { __typename }", operationName: "M"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", (await ReadAsync(response)).Code());
    }

    [Fact]
    public async Task Get_QueryBesideAMutation_RunsTheSelectedQuery()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(Url("query Q { viewer { isAuthenticated } } mutation M { __typename }", operationName: "Q"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ReadAsync(response)).Data().GetProperty("viewer").GetProperty("isAuthenticated").GetBoolean());
    }

    [Fact]
    public async Task Get_BrowserWithoutQuery_GraphiQLPage()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_LimitsApply_DepthBudgetAndBadVariables()
    {
        using var client = api.CreateClient();
        string deep = "{ viewer { isAuthenticated } __type(name: \"Demand\") { " + OfType(12) + " } }";
        string expensive = "{ a: search(text: \"电池\") { totalCount } b: search(text: \"电池\") { totalCount } c: search(text: \"电池\") { totalCount } d: search(text: \"电池\") { totalCount } }";

        using var tooDeep = await client.GetAsync(Url(deep));
        using var tooExpensive = await client.GetAsync(Url(expensive));
        using var badVariables = await client.GetAsync(Url("{ viewer { isAuthenticated } }", variables: "[1"));

        Assert.Equal("QUERY_TOO_DEEP", (await ReadAsync(tooDeep)).Code());
        Assert.Equal("TOO_EXPENSIVE", (await ReadAsync(tooExpensive)).Code());
        Assert.Equal(HttpStatusCode.BadRequest, badVariables.StatusCode);
        Assert.Equal("BAD_REQUEST", (await ReadAsync(badVariables)).Code());
    }

    [Fact]
    public async Task Get_BadToken_401Unauthenticated()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("{ viewer { isAuthenticated } }"));
        request.Headers.Authorization = new("Bearer", "not-a-token");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (await ReadAsync(response)).Code());
    }

    internal static string Url(string query, string? variables = null, string? operationName = null, string? extensions = null)
    {
        string url = "/graphql?query=" + Uri.EscapeDataString(query);
        if (variables is not null)
        {
            url += "&variables=" + Uri.EscapeDataString(variables);
        }

        if (operationName is not null)
        {
            url += "&operationName=" + Uri.EscapeDataString(operationName);
        }

        return extensions is null ? url : url + "&extensions=" + Uri.EscapeDataString(extensions);
    }

    internal static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static string OfType(int depth) => depth == 0 ? "name" : "ofType { " + OfType(depth - 1) + " }";
}

/// <summary>The rate limit counts GET like POST (its own fixture: the limiter's partitions live as long as the host).</summary>
public sealed class HttpGetRateLimitTests(RateLimitedApi api) : IClassFixture<RateLimitedApi>
{
    [Fact]
    public async Task Get_PastTheWindowsPermits_429RateLimited()
    {
        using var client = api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(HttpGetTests.Url("{ viewer { isAuthenticated } }"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
