namespace Matchmaking.Api.Tests.Hardening;

/// <summary>Limits that hold for everyone (issue 12 item 4): introspection has its own budget, expensive fields a per-operation count.</summary>
public sealed class LimitsHardeningTests(BareSqliteApi api) : IClassFixture<BareSqliteApi>
{
    /// <summary>GraphiQL's schema query (graphql-js getIntrospectionQuery, with descriptions).</summary>
    public const string GraphiQLIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task Introspection_GraphiQLSchemaQuery_Answered()
    {
        var result = await api.PostAsync(GraphiQLIntrospection);

        Assert.Equal("Query", result.Data().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Introspection_AliasedSchemaCopies_Refused()
    {
        string copies = string.Concat(Enumerable.Range(0, 3).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name type {{ name ofType {{ name }} }} }} }} }} "));

        var result = await api.PostAsync("{ " + copies + "}");

        Assert.Equal("TOO_EXPENSIVE", result.Code());
    }

    [Fact]
    public async Task Introspection_ChainDeeperThanItsBudget_QueryTooDeep()
    {
        string chain = "name";
        for (int i = 0; i < 25; i++)
        {
            chain = $"ofType {{ {chain} }}";
        }

        var result = await api.PostAsync($$"""{ __type(name: "Demand") { {{chain}} } }""");

        Assert.Equal("QUERY_TOO_DEEP", result.Code());
    }

    [Fact]
    public async Task Introspection_TwoAliasedGraphiQLQueries_QueryTooComplex()
    {
        string body = GraphiQLIntrospection[GraphiQLIntrospection.IndexOf("fragment FullType", StringComparison.Ordinal)..];

        var result = await api.PostAsync("{ a: __schema { types { ...FullType } } b: __schema { types { ...FullType } } }\n" + body);

        Assert.Equal("QUERY_TOO_COMPLEX", result.Code());
    }

    [Theory]
    [InlineData("search(text: \"锂电池\")", 4)]
    [InlineData("search(text: \"锂电池\")", 150)]
    public async Task ExpensiveField_AliasedPastTheBudget_TooExpensive(string field, int copies)
    {
        string aliased = string.Concat(Enumerable.Range(0, copies).Select(i => $"a{i}: {field} {{ totalCount }} "));

        var result = await api.PostAsync("{ " + aliased + "}");

        Assert.Equal("TOO_EXPENSIVE", result.Code());
    }

    [Fact]
    public async Task Recommendations_150Aliases_TooExpensive()
    {
        var w = await World.CreateAsync(api.Services);
        string aliased = string.Concat(Enumerable.Range(0, 150).Select(i => $$"""a{{i}}: recommendations(for: "{{w.Demand}}") { totalCount } """));

        var result = await api.PostAsync("{ " + aliased + "}");

        Assert.Equal("TOO_EXPENSIVE", result.Code());
    }

    [Fact]
    public async Task ExpensiveField_ThreeSearches_Answered()
    {
        string three = string.Concat(Enumerable.Range(0, 3).Select(i => $"a{i}: search(text: \"锂电池\") {{ totalCount }} "));

        var data = (await api.PostAsync("{ " + three + "}")).Data();

        Assert.Equal(3, data.EnumerateObject().Count());
    }
}
