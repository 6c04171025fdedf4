using System.Text.Json;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Matchmaking.Api.Tests.GraphQLSliceTests;

namespace Matchmaking.Api.Tests;

/// <summary>search and recommendations over the seeded service: filters, facets, paging, explanations, errors.</summary>
public abstract class SearchApiTests(ApiFactory api)
{
    private const string Edges = "totalCount edges { id kind title score highlights { field snippet } explanation { matchedTerms signals { name share } constraints { name met } } } pageInfo { hasNextPage endCursor }";

    [Fact]
    public async Task Search_KindsAndIndustryFilter_FacetsShowOnlyFilteredValues()
    {
        var result = await api.PostAsync($"{{ search(text: \"检测\", kinds: [DEMAND, ACHIEVEMENT], filter: {{ industries: [NEW_MATERIALS], minTrl: 3 }}) {{ {Edges} facets {{ name values {{ value count }} }} }} }}");

        var search = Data(result).GetProperty("search");
        Assert.True(search.GetProperty("totalCount").GetInt32() > 0);
        var facets = search.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("values"));
        Assert.Equal(["NewMaterials"], facets["industry"].EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        Assert.All(facets["trl"].EnumerateArray(), v => Assert.True(int.Parse(v.GetProperty("value").GetString()!) >= 3));
        Assert.Equal(search.GetProperty("totalCount").GetInt32(), facets["kind"].EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Search_TwoPages_DisjointAndOrdered()
    {
        var first = Data(await api.PostAsync($"{{ search(text: \"电池\", first: 5) {{ {Edges} }} }}")).GetProperty("search");
        string cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        var second = Data(await api.PostAsync($"query($c: String) {{ search(text: \"电池\", first: 5, after: $c) {{ {Edges} }} }}", new { c = cursor })).GetProperty("search");

        var a = first.GetProperty("edges").EnumerateArray().ToList();
        var b = second.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(5, a.Count);
        Assert.Empty(a.Select(e => e.GetProperty("id").GetString()).Intersect(b.Select(e => e.GetProperty("id").GetString())));
        Assert.True(a[^1].GetProperty("score").GetDouble() >= b[0].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Search_Hit_HasHighlightsAndSharesSummingToOne()
    {
        var edge = Data(await api.PostAsync($"{{ search(text: \"锂电池 缺陷检测\", first: 1) {{ {Edges} }} }}")).GetProperty("search").GetProperty("edges")[0];

        Assert.Contains("<em>", edge.GetProperty("highlights")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(1.0, edge.GetProperty("explanation").GetProperty("signals").EnumerateArray().Sum(s => s.GetProperty("share").GetDouble()), 3);
        Assert.NotEmpty(edge.GetProperty("explanation").GetProperty("matchedTerms").EnumerateArray());
    }

    [Fact]
    public async Task Search_HighlightsThroughFragment_StillComputed()
    {
        var result = await api.PostAsync("query { search(text: \"锂电池 缺陷检测\", first: 1) { edges { ...Hit } facets { name } } } fragment Hit on SearchEdge { highlights { snippet } }");

        var search = Data(result).GetProperty("search");
        Assert.NotEmpty(search.GetProperty("edges")[0].GetProperty("highlights").EnumerateArray());
        Assert.NotEmpty(search.GetProperty("facets").EnumerateArray());
    }

    [Fact]
    public async Task Search_NoFacetsOrHighlightsSelected_HitsStillRanked()
    {
        var light = Data(await api.PostAsync("{ search(text: \"锂电池 缺陷检测\", first: 3) { totalCount edges { id score } } }")).GetProperty("search");
        var full = Data(await api.PostAsync($"{{ search(text: \"锂电池 缺陷检测\", first: 3) {{ {Edges} facets {{ name }} }} }}")).GetProperty("search");

        Assert.Equal(full.GetProperty("totalCount").GetInt32(), light.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            full.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()),
            light.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("{ search(text: \"电池\", filter: { minTrl: 12 }) { totalCount } }", "TRL_OUT_OF_RANGE")]
    [InlineData("{ search(text: \"电池\", filter: { budgetMin: \"-5\" }) { totalCount } }", "NEGATIVE_AMOUNT")]
    [InlineData("{ search(text: \"电池\", first: 0) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ search(text: \"电池\", after: \"bm9wZQ\") { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ recommendations(for: \"not-an-id\") { totalCount } }", "INVALID_ID")]
    public async Task Search_BadArguments_StableCode(string query, string code) =>
        Assert.Equal(code, Code(await api.PostAsync(query)));

    [Fact]
    public async Task Recommendations_ForDemand_AchievementsAndExpertsWithConstraints()
    {
        string id = await FirstIdAsync(db => db.Demands.Where(d => d.Status == Core.Domain.DemandStatus.Open).Select(d => d.Id), "Demand");

        var result = Data(await api.PostAsync($"query($id: ID!) {{ recommendations(for: $id, first: 10) {{ {Edges} }} }}", new { id }));

        var edges = result.GetProperty("recommendations").GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Contains(e.GetProperty("kind").GetString(), new[] { "ACHIEVEMENT", "EXPERT" }));
        Assert.Contains(edges, e => e.GetProperty("explanation").GetProperty("constraints").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Recommendations_ForAchievement_OpenDemands()
    {
        string id = await FirstIdAsync(db => db.Achievements.Select(a => a.Id), "Achievement");

        var result = Data(await api.PostAsync($"query($id: ID!) {{ recommendations(for: $id) {{ {Edges} }} }}", new { id }));

        var edges = result.GetProperty("recommendations").GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Equal("DEMAND", e.GetProperty("kind").GetString()));
    }

    private async Task<string> FirstIdAsync(Func<MatchmakingDbContext, IQueryable<Guid>> query, string kind)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        return GlobalId.Encode(kind, await query(db).OrderBy(g => g).FirstAsync());
    }
}

public sealed class SearchApiSqliteTests(SqliteApi api) : SearchApiTests(api), IClassFixture<SqliteApi>;

public sealed class SearchApiPostgresTests(PostgresApi api) : SearchApiTests(api), IClassFixture<PostgresApi>;
