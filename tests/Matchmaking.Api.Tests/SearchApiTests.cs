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
    private const string Edges = "totalCount edges { cursor score node { id kind displayName } highlights { field snippet } explanation { matchedTerms signals { name share } constraints { name met } } } pageInfo { hasNextPage endCursor }";

    [Fact]
    public async Task Search_KindsAndIndustryFilter_FacetsShowOnlyFilteredValues()
    {
        var result = await api.PostAsync($"{{ search(text: \"检测\", kinds: [DEMAND, ACHIEVEMENT], filter: {{ industries: [NEW_MATERIALS], minTrl: 3 }}) {{ {Edges} totalCountIsExact facets {{ name exact values {{ value count }} }} }} }}");

        var search = Data(result).GetProperty("search");
        Assert.True(search.GetProperty("totalCount").GetInt32() > 0);
        var facets = search.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("values"));
        Assert.Equal(["NEW_MATERIALS"], facets["INDUSTRY"].EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        Assert.All(facets["TRL"].EnumerateArray(), v => Assert.True(int.Parse(v.GetProperty("value").GetString()!) >= 3));
        Assert.Equal(search.GetProperty("totalCount").GetInt32(), facets["KIND"].EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));

        // The seed's match sets are far below Search:FacetSampleSize: every facet is counted over every match.
        Assert.All(search.GetProperty("facets").EnumerateArray(), f => Assert.True(f.GetProperty("exact").GetBoolean()));
        Assert.Contains(search.GetProperty("totalCountIsExact").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
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
        Assert.Empty(a.Select(Id).Intersect(b.Select(Id)));
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
        var light = Data(await api.PostAsync("{ search(text: \"锂电池 缺陷检测\", first: 3) { totalCount edges { score node { id } } } }")).GetProperty("search");
        var full = Data(await api.PostAsync($"{{ search(text: \"锂电池 缺陷检测\", first: 3) {{ {Edges} facets {{ name }} }} }}")).GetProperty("search");

        Assert.Equal(full.GetProperty("totalCount").GetInt32(), light.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            full.GetProperty("edges").EnumerateArray().Select(Id),
            light.GetProperty("edges").EnumerateArray().Select(Id));
    }

    [Theory]
    [InlineData("{ search(text: \"电池\", filter: { minTrl: 12 }) { totalCount } }", "TRL_OUT_OF_RANGE")]
    [InlineData("{ search(text: \"电池\", filter: { budgetMin: { amount: \"-5\" } }) { totalCount } }", "NEGATIVE_AMOUNT")]
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
        Assert.All(edges, e => Assert.Contains(Kind(e), new[] { "ACHIEVEMENT", "EXPERT" }));
        Assert.Contains(edges, e => e.GetProperty("explanation").GetProperty("constraints").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Recommendations_ForAchievement_OpenDemands()
    {
        string id = await FirstIdAsync(db => db.Achievements.Select(a => a.Id), "Achievement");

        var result = Data(await api.PostAsync($"query($id: ID!) {{ recommendations(for: $id) {{ {Edges} }} }}", new { id }));

        var edges = result.GetProperty("recommendations").GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Equal("DEMAND", Kind(e)));
    }

    [Fact]
    public async Task Search_FacetValues_RoundTripIntoTheFilter_WithChineseLabels()
    {
        var facets = Data(await api.PostAsync("{ search(text: \"检测\", kinds: [DEMAND, ACHIEVEMENT]) { facets { name values { value label count } } } }"))
            .GetProperty("search").GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("values")[0]);
        string industry = facets["INDUSTRY"].GetProperty("value").GetString()!;
        string kind = facets["KIND"].GetProperty("value").GetString()!;
        Assert.Matches("^[A-Z_]+$", industry);
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", facets["INDUSTRY"].GetProperty("label").GetString()!);

        var filtered = Data(await api.PostAsync($"{{ search(text: \"检测\", kinds: [{kind}], filter: {{ industries: [{industry}] }}) {{ totalCount facets {{ name values {{ value count }} }} }} }}")).GetProperty("search");

        int count = facets["INDUSTRY"].GetProperty("count").GetInt32();
        Assert.True(filtered.GetProperty("totalCount").GetInt32() > 0 && filtered.GetProperty("totalCount").GetInt32() <= count);
        var industries = filtered.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "INDUSTRY").GetProperty("values");
        Assert.Equal([industry], industries.EnumerateArray().Select(v => v.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Search_UnknownStatus_RefusedNotIgnored()
    {
        var result = await api.PostAsync("{ search(text: \"电池\", filter: { statuses: [BOGUS] }) { totalCount } }");

        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("search", out _));
        Assert.NotEmpty(result.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Search_LastBefore_PagesBackToTheSameHits()
    {
        var forward = Data(await api.PostAsync($"{{ search(text: \"电池\", first: 6) {{ {Edges} }} }}")).GetProperty("search").GetProperty("edges").EnumerateArray().ToList();
        string before = forward[5].GetProperty("cursor").GetString()!;

        var back = Data(await api.PostAsync($"query($b: String) {{ search(text: \"电池\", last: 3, before: $b) {{ {Edges} }} }}", new { b = before })).GetProperty("search");

        Assert.Equal(forward.Skip(2).Take(3).Select(Id), back.GetProperty("edges").EnumerateArray().Select(Id));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Recommendations_PageWithAfter_AndFilter()
    {
        string id = await FirstIdAsync(db => db.Demands.Where(d => d.Status == Core.Domain.DemandStatus.Open).Select(d => d.Id), "Demand");
        var first = Data(await api.PostAsync($"query($id: ID!) {{ recommendations(for: $id, first: 4) {{ {Edges} }} }}", new { id })).GetProperty("recommendations");
        string after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

        var second = Data(await api.PostAsync($"query($id: ID!, $a: String) {{ recommendations(for: $id, first: 4, after: $a) {{ {Edges} }} }}", new { id, a = after })).GetProperty("recommendations");
        var experts = Data(await api.PostAsync($"query($id: ID!) {{ recommendations(for: $id, kinds: [EXPERT], filter: {{ statuses: [OPEN] }}) {{ {Edges} }} }}", new { id })).GetProperty("recommendations");

        Assert.Empty(first.GetProperty("edges").EnumerateArray().Select(Id).Intersect(second.GetProperty("edges").EnumerateArray().Select(Id)));
        Assert.All(experts.GetProperty("edges").EnumerateArray(), e => Assert.Equal("EXPERT", Kind(e)));
    }

    private static string? Id(JsonElement edge) => edge.GetProperty("node").GetProperty("id").GetString();

    private static string? Kind(JsonElement edge) => edge.GetProperty("node").GetProperty("kind").GetString();

    private async Task<string> FirstIdAsync(Func<MatchmakingDbContext, IQueryable<Guid>> query, string kind)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        return GlobalId.Encode(kind, await query(db).OrderBy(g => g).FirstAsync());
    }
}

public sealed class SearchApiSqliteTests(SqliteApi api) : SearchApiTests(api), IClassFixture<SqliteApi>;

public sealed class SearchApiPostgresTests(PostgresApi api) : SearchApiTests(api), IClassFixture<PostgresApi>;
