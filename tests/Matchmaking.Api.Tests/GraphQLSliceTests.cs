using System.Text.Json;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>The first slice of the API over the seeded service, run on each storage provider.</summary>
public abstract class GraphQLSliceTests(ApiFactory api)
{
    [Fact]
    public async Task Search_LithiumBattery_FindsSeededAchievements()
    {
        var result = await api.PostAsync("{ search(text: \"锂电池\") { totalCount edges { score node { id kind displayName } } } }");

        var search = Data(result).GetProperty("search");
        Assert.True(search.GetProperty("totalCount").GetInt32() > 0);
        var hits = search.GetProperty("edges").EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 20);
        Assert.All(hits, h => Assert.Equal("ACHIEVEMENT", h.GetProperty("node").GetProperty("kind").GetString()));
        Assert.True(hits[0].GetProperty("score").GetDouble() >= hits[^1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Search_FirstAboveLimit_BadUserInput()
    {
        var result = await api.PostAsync("{ search(text: \"电池\", first: 101) { totalCount } }");

        Assert.Equal("BAD_USER_INPUT", Code(result));
    }

    [Fact]
    public async Task Search_OperatorsOnly_EmptyResult()
    {
        var result = await api.PostAsync("query($t: String!) { search(text: $t) { totalCount edges { node { displayName } } } }", new { t = "AND OR (( ]] ~ *:*" });

        Assert.Equal(0, Data(result).GetProperty("search").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Demand_ById_ReturnsChineseFieldsUnescaped()
    {
        Guid id;
        string title;
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            var demand = await db.Demands.AsNoTracking().OrderBy(d => d.Title).FirstAsync();
            (id, title) = (demand.Id, demand.Title);
        }

        using var client = api.CreateClient();
        string gid = GlobalId.Encode("Demand", id);
        var response = await client.PostAsync("/graphql", new StringContent(
            JsonSerializer.Serialize(new { query = $"{{ demand(id: \"{gid}\") {{ id title industry status }} }}" }), System.Text.Encoding.UTF8, "application/json"));
        string raw = await response.Content.ReadAsStringAsync();

        Assert.Contains(title, raw, StringComparison.Ordinal);
        var demandJson = Data(JsonDocument.Parse(raw).RootElement).GetProperty("demand");
        Assert.Equal(gid, demandJson.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Demand_MalformedId_InvalidId()
    {
        var result = await api.PostAsync("{ demand(id: \"not-an-id\") { title } }");

        Assert.Equal("INVALID_ID", Code(result));
    }

    [Fact]
    public async Task Post_MalformedDocument_ErrorWithCode()
    {
        var result = await api.PostAsync("{ search(text: \"x\" { totalCount }");

        Assert.False(string.IsNullOrEmpty(Code(result)));
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task Search_AfterPublishThroughStorage_SearchableWithoutReindex()
    {
        // Letters only: the word segmenter splits letters from digits, and a digit run could be in the seed set.
        string code = "qdz" + string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26))));
        using (var scope = api.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Matchmaking.Core.Listings.ListingService>().PublishAchievementAsync(
                new Matchmaking.Core.Domain.Achievement { Title = $"量子点荧光粉封装 {code}", Abstract = "高色域背光。", Trl = 5 }, default);
        }

        // The in-process trigger catches the index up; the bench measures how fast (well under 1 s).
        int total = 0;
        for (var until = DateTime.UtcNow.AddSeconds(10); total == 0 && DateTime.UtcNow < until; await Task.Delay(50))
        {
            var result = await api.PostAsync("query($t: String!) { search(text: $t) { totalCount } }", new { t = code });
            total = Data(result).GetProperty("search").GetProperty("totalCount").GetInt32();
        }

        Assert.Equal(1, total);
    }

    [Fact]
    public async Task Healthz_Ready_Ok()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    internal static JsonElement Data(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    internal static string? Code(JsonElement result) =>
        result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}

public sealed class GraphQLSliceSqliteTests(SqliteApi api) : GraphQLSliceTests(api), IClassFixture<SqliteApi>;

public sealed class GraphQLSlicePostgresTests(PostgresApi api) : GraphQLSliceTests(api), IClassFixture<PostgresApi>;
