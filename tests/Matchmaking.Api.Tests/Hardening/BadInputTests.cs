using System.Net;
using System.Text;
using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Matchmaking.Api.Tests.Hardening;

/// <summary>Bad input from issue 12 answers a clear code, never INTERNAL: cursors, lists, nesting, operations, text, ranges, transport.</summary>
public abstract class BadInputTests(BareApi api)
{
    /// <summary>"cursor:2147483647": the offset after it does not fit an int.</summary>
    private static readonly string MaxCursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("o:2147483647")).TrimEnd('=');

    [Fact]
    public async Task Search_CursorAtIntMax_BadUserInput()
    {
        var result = await api.PostAsync($$"""{ search(text: "锂电池", first: 2, after: "{{MaxCursor}}") { totalCount } }""");

        Assert.Equal(ErrorCodes.BadUserInput, result.Code());
    }

    [Fact]
    public async Task Demands_CursorAtIntMax_BadUserInput()
    {
        var result = await api.PostAsync($$"""{ demands(first: 2, after: "{{MaxCursor}}") { totalCount edges { node { id } } } }""");

        Assert.Equal(ErrorCodes.BadUserInput, result.Code());
    }

    [Fact]
    public async Task Search_CursorPastItsDeepestPage_BadUserInput()
    {
        string cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("o:5000")).TrimEnd('=');

        var search = await api.PostAsync($$"""{ search(text: "锂电池", after: "{{cursor}}") { totalCount } }""");
        var demands = await api.PostAsync($$"""{ demands(after: "{{cursor}}") { edges { cursor } } }""");

        // A position cursor past the deepest page is refused on search; demands page by keyset and refuse a position cursor outright.
        Assert.Equal(ErrorCodes.BadUserInput, search.Code());
        Assert.Equal(ErrorCodes.BadUserInput, demands.Code());
    }

    [Fact]
    public async Task Search_FilterWith5000Regions_TooMany()
    {
        var regions = Enumerable.Range(0, 5000).Select(i => "地区" + i).ToArray();

        var result = await api.PostAsync("query($r: [String!]) { search(text: \"锂电池\", filter: { regions: $r }) { totalCount } }", new { r = regions });

        Assert.Equal(ErrorCodes.TooMany, result.Code());
    }

    [Theory]
    [InlineData(65)]
    [InlineData(100)]
    [InlineData(1000)]
    public async Task Query_SelectionNestedDeep_QueryTooDeep(int depth)
    {
        string doc = string.Concat(Enumerable.Repeat("{ a ", depth)) + string.Concat(Enumerable.Repeat("}", depth));

        var result = await api.PostAsync(doc);

        Assert.Equal("QUERY_TOO_DEEP", result.Code());
    }

    [Fact]
    public async Task Query_ListLiteral1000Deep_QueryTooDeep()
    {
        string doc = "{ search(text: \"x\", kinds: " + new string('[', 1000) + new string(']', 1000) + ") { totalCount } }";

        var result = await api.PostAsync(doc);

        Assert.Equal("QUERY_TOO_DEEP", result.Code());
    }

    [Fact]
    public async Task Query_ObjectLiteral1000Deep_QueryTooDeep()
    {
        string doc = "{ search(text: \"x\", filter: " + string.Concat(Enumerable.Repeat("{ a: ", 1000)) + "1" + new string('}', 1000) + ") { totalCount } }";

        var result = await api.PostAsync(doc);

        Assert.Equal("QUERY_TOO_DEEP", result.Code());
    }

    [Fact]
    public async Task Subscription_NotOffered_OperationNotSupported()
    {
        var result = await api.PostAsync("subscription { x }");

        Assert.Equal("OPERATION_NOT_SUPPORTED", result.Code());
    }

    [Theory]
    [InlineData("""锂电池\u0000检测""")]
    [InlineData("""锂电池\uD800检测""")]
    public async Task PublishAchievement_TitleWithNulOrLoneSurrogate_InvalidCharacters(string title)
    {
        var w = await World.CreateAsync(api.Services);
        string doc = $$"""mutation { publishAchievement(input: { title: "{{title}}", abstract: "极片缺陷检测", trl: 5, industry: NEW_ENERGY_VEHICLES, ipForm: INVENTION_PATENT }) { achievement { id } userErrors { field code } } }""";

        var payload = (await api.PostAsync(doc, token: w.Token(api.Services, Roles.Researcher))).Data().GetProperty("publishAchievement");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("achievement").ValueKind);
        Assert.Equal("title", payload.GetProperty("userErrors")[0].GetProperty("field").GetString());
        Assert.Equal("INVALID_CHARACTERS", payload.GetProperty("userErrors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Demands_TitleContainsNul_InvalidCharacters()
    {
        var result = await api.PostAsync("""{ demands(filter: { titleContains: "锂\u0000" }) { totalCount } }""");

        Assert.Equal("INVALID_CHARACTERS", result.Code());
    }

    [Fact]
    public async Task RejectMatch_NoteWithNul_InvalidCharactersAndUnchanged()
    {
        var w = await World.CreateAsync(api.Services);
        string doc = $$"""mutation { rejectMatch(input: { matchId: "{{w.Match}}", reason: OTHER, note: "价格\u0000" }) { match { stage } userErrors { field code } } }""";

        var payload = (await api.PostAsync(doc, token: w.Token(api.Services, Roles.Broker))).Data().GetProperty("rejectMatch");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("match").ValueKind);
        Assert.Equal("INVALID_CHARACTERS", payload.GetProperty("userErrors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task PublishAchievement_WithoutTrl_Published()
    {
        var w = await World.CreateAsync(api.Services);
        const string doc = """mutation { publishAchievement(input: { title: "锂电池极片检测", abstract: "极片缺陷检测", industry: NEW_ENERGY_VEHICLES, ipForm: INVENTION_PATENT }) { achievement { id trl } userErrors { field code message } } }""";

        var payload = (await api.PostAsync(doc, token: w.Token(api.Services, Roles.Researcher))).Data().GetProperty("publishAchievement");

        Assert.Empty(payload.GetProperty("userErrors").EnumerateArray());
        Assert.InRange(payload.GetProperty("achievement").GetProperty("trl").GetInt32(), 1, 9);
    }

    [Theory]
    [InlineData("""{ achievements(filter: { minTrl: 7, maxTrl: 3 }) { totalCount } }""")]
    [InlineData("""{ search(text: "锂电池", filter: { minTrl: 7, maxTrl: 3 }) { totalCount } }""")]
    [InlineData("""{ search(text: "锂电池", filter: { budgetMin: { amount: "500" }, budgetMax: { amount: "100" } }) { totalCount } }""")]
    public async Task Filter_MinAboveMax_BadUserInput(string doc)
    {
        var result = await api.PostAsync(doc);

        Assert.Equal(ErrorCodes.BadUserInput, result.Code());
    }

    [Fact]
    public async Task Batch_Empty_BatchEmpty()
    {
        var (status, result) = await SendAsync("[]", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BATCH_EMPTY", result.Code());
    }

    [Fact]
    public async Task Post_TextPlainBody_UnsupportedMediaTypeAndNotExecuted()
    {
        var w = await World.CreateAsync(api.Services);
        string body = JsonSerializer.Serialize(new { query = $$"""mutation { rejectMatch(input: { matchId: "{{w.Match}}", reason: PRICE }) { match { stage } } }""" });

        var (status, result) = await SendAsync(body, "text/plain", w.Token(api.Services, Roles.Broker));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", result.Code());
        var stage = (await api.PostAsync($$"""{ node(id: "{{w.Match}}") { ... on Match { stage } } }""", token: w.Token(api.Services, Roles.Broker))).Data();
        Assert.Equal("SUGGESTED", stage.GetProperty("node").GetProperty("stage").GetString());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_FormOrUntypedBody_UnsupportedMediaType(string? mediaType)
    {
        using var client = api.CreateClient();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ viewer { isAuthenticated } }"}"""));
        if (mediaType is not null)
        {
            content.Headers.ContentType = new(mediaType);
        }

        using var response = await client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonWithCharset_Executed()
    {
        var (status, result) = await SendAsync("""{"query":"{ viewer { isAuthenticated } }"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(result.Data().GetProperty("viewer").GetProperty("isAuthenticated").GetBoolean());
    }

    [Fact]
    public async Task Post_TokenExpiredAMinuteAgo_Unauthenticated()
    {
        var o = api.Services.GetRequiredService<IOptions<JwtOptions>>().Value;
        DateTime now = DateTime.UtcNow;
        string token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.Issuer,
            Audience = o.Audience,
            IssuedAt = now.AddMinutes(-10),
            NotBefore = now.AddMinutes(-10),
            Expires = now.AddMinutes(-1),
            Claims = new Dictionary<string, object> { ["sub"] = "admin-expired", ["role"] = Roles.Admin },
            SigningCredentials = new SigningCredentials(TokenIssuer.SigningKey(o), SecurityAlgorithms.HmacSha256),
        });

        var (status, result) = await SendAsync("""{"query":"{ viewer { subject } }"}""", "application/json", token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(ErrorCodes.Unauthenticated, result.Code());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string body, string mediaType, string? token = null)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}

public sealed class BadInputSqliteTests(BareSqliteApi api) : BadInputTests(api), IClassFixture<BareSqliteApi>;

public sealed class BadInputPostgresTests(BarePostgresApi api) : BadInputTests(api), IClassFixture<BarePostgresApi>;
