using System.Net.Http.Json;
using System.Text.Json;

namespace Matchmaking.Api.Tests;

/// <summary>Request limits answer with stable codes; GraphiQL's deep introspection query still passes.</summary>
public sealed class LimitsTests(BareSqliteApi api) : IClassFixture<BareSqliteApi>
{
    [Fact]
    public async Task Query_DeepIntrospectionMixedWithData_QueryTooDeep()
    {
        // Listing types do not nest deeper than ~8 levels, so a deep __type chain beside a data
        // field is the way to exceed the limit; introspection-only operations have their own budget.
        var result = await api.PostAsync("{ viewer { isAuthenticated } __type(name: \"Demand\") { " + OfType(12) + " } }");

        Assert.Equal("QUERY_TOO_DEEP", result.Code());
    }

    [Fact]
    public async Task Query_TooComplex_QueryTooComplex()
    {
        string many = string.Concat(Enumerable.Range(0, 10).Select(i => $"d{i}: demands(first: 100) {{ edges {{ node {{ title region keywords enterprise {{ name region }} }} }} }} "));
        var result = await api.PostAsync("{ " + many + "}");

        Assert.Equal("QUERY_TOO_COMPLEX", result.Code());
    }

    [Fact]
    public async Task Connection_FirstAbove100_BadUserInput()
    {
        Assert.Equal("BAD_USER_INPUT", (await api.PostAsync("{ demands(first: 101) { totalCount } }")).Code());
    }

    [Fact]
    public async Task Connection_ForgedCursor_BadUserInput()
    {
        Assert.Equal("BAD_USER_INPUT", (await api.PostAsync("{ experts(after: \"bm9wZQ\") { totalCount } }")).Code());
    }

    [Fact]
    public async Task Document_TooLarge_QueryTooLarge()
    {
        string padding = new(' ', 25_000);

        Assert.Equal("QUERY_TOO_LARGE", (await api.PostAsync("{ viewer { isAuthenticated } " + padding + "}")).Code());
    }

    [Fact]
    public async Task Batch_TwoOperations_TwoResults_AndTooMany_BatchTooLarge()
    {
        using var client = api.CreateClient();
        var two = await client.PostAsJsonAsync("/graphql", new[] { new { query = "{ viewer { isAuthenticated } }" }, new { query = "{ demands { totalCount } }" } });
        var eleven = await client.PostAsJsonAsync("/graphql", Enumerable.Repeat(new { query = "{ viewer { isAuthenticated } }" }, 11).ToArray());

        var results = JsonDocument.Parse(await two.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, results.GetArrayLength());
        Assert.False(results[1].Data().GetProperty("demands").GetProperty("totalCount").GetInt32() < 0);
        Assert.Equal("BATCH_TOO_LARGE", JsonDocument.Parse(await eleven.Content.ReadAsStringAsync()).RootElement.Code());
    }

    [Fact]
    public async Task Introspection_GraphiQLDepth_Allowed()
    {
        string ofType = "kind name " + OfType(8);

        var result = await api.PostAsync($"query IntrospectionQuery {{ __schema {{ queryType {{ name }} types {{ name fields {{ name args {{ name type {{ {ofType} }} }} type {{ {ofType} }} }} }} }} }}");

        Assert.Equal("Query", result.Data().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownField_ValidationError_NoData()
    {
        var result = await api.PostAsync("{ nothingHere }");

        Assert.False(string.IsNullOrEmpty(result.Code()));
    }

    private static string OfType(int depth)
    {
        string inner = "name";
        for (int i = 0; i < depth; i++)
        {
            inner = $"ofType {{ {inner} }}";
        }

        return inner;
    }
}
