using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Matchmaking.Api.Tests;

/// <summary>Apollo's automatic persisted queries in the default mode (Automatic), over POST and GET.</summary>
public sealed class PersistedQueryTests(BareSqliteApi api) : IClassFixture<BareSqliteApi>
{
    [Fact]
    public async Task Post_UnknownHashWithoutText_PersistedQueryNotFound_ThenTextRegistersIt()
    {
        string query = "{ viewer { isAuthenticated } demands(first: 1) { totalCount } " + "# " + Guid.NewGuid() + "\n}";
        string hash = PersistedQueries.Sha256(query);

        var miss = await PersistedQueries.PostAsync(api, null, hash);
        var register = await PersistedQueries.PostAsync(api, query, hash);
        var hit = await PersistedQueries.PostAsync(api, null, hash);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.Code());
        Assert.False(register.Data().GetProperty("viewer").GetProperty("isAuthenticated").GetBoolean());
        Assert.True(hit.Data().GetProperty("demands").GetProperty("totalCount").GetInt32() >= 0);
    }

    [Fact]
    public async Task Get_HashRegisteredByPost_Runs()
    {
        string query = "{ viewer { role } } # " + Guid.NewGuid();
        string hash = PersistedQueries.Sha256(query);
        await PersistedQueries.PostAsync(api, query, hash);
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(PersistedQueries.Extensions(hash)));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True((await HttpGetTests.ReadAsync(response)).Data().TryGetProperty("viewer", out _));
    }

    [Fact]
    public async Task Post_TextWhoseHashDiffers_BadUserInput_AndNothingRegistered()
    {
        string query = "{ viewer { isAuthenticated } } # " + Guid.NewGuid();
        string other = PersistedQueries.Sha256("{ viewer { subject } }");

        var mismatch = await PersistedQueries.PostAsync(api, query, other);
        var after = await PersistedQueries.PostAsync(api, null, PersistedQueries.Sha256(query));

        Assert.Equal("BAD_USER_INPUT", mismatch.Code());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", after.Code());
    }

    [Fact]
    public async Task Post_VersionTwoOrShortHash_BadUserInput()
    {
        using var client = api.CreateClient();
        var two = await client.PostAsJsonAsync("/graphql", new { extensions = new { persistedQuery = new { version = 2, sha256Hash = PersistedQueries.Sha256("{ __typename }") } } });
        var shortHash = await client.PostAsJsonAsync("/graphql", new { extensions = new { persistedQuery = new { version = 1, sha256Hash = "abc" } } });

        Assert.Equal("BAD_USER_INPUT", (await HttpGetTests.ReadAsync(two)).Code());
        Assert.Equal("BAD_USER_INPUT", (await HttpGetTests.ReadAsync(shortHash)).Code());
    }

    [Fact]
    public async Task Post_ManifestHashWithoutText_RunsTheCommittedOperation()
    {
        var (hash, _) = PersistedQueries.FirstQueryOfManifest();

        var result = await PersistedQueries.PostAsync(api, null, hash);

        Assert.False(result.TryGetProperty("errors", out var errors) && errors.EnumerateArray().Any(e => e.GetProperty("extensions").GetProperty("code").GetString()!.StartsWith("PERSISTED_QUERY", StringComparison.Ordinal)), result.ToString());
        Assert.True(result.TryGetProperty("data", out _), result.ToString());
    }
}

/// <summary>AllowList: only the manifest's hashes run; text is refused.</summary>
public sealed class PersistedQueryAllowListTests(PersistedQueryAllowListTests.AllowListApi api) : IClassFixture<PersistedQueryAllowListTests.AllowListApi>
{
    public sealed class AllowListApi : BareApi
    {
        public AllowListApi() : base(Core.Storage.StorageProvider.Sqlite)
        {
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:PersistedQueries:Mode", "AllowList");
        }
    }

    [Fact]
    public async Task Post_Text_PersistedQueryRequired()
    {
        var result = await api.PostAsync("{ viewer { isAuthenticated } }");

        Assert.Equal("PERSISTED_QUERY_REQUIRED", result.Code());
    }

    [Fact]
    public async Task Post_HashNotInManifest_NotFound_EvenWithItsText()
    {
        string query = "{ viewer { isAuthenticated } }";

        var withText = await PersistedQueries.PostAsync(api, query, PersistedQueries.Sha256(query));
        var withoutText = await PersistedQueries.PostAsync(api, null, PersistedQueries.Sha256(query));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", withText.Code());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", withoutText.Code());
    }

    [Fact]
    public async Task PostAndGet_ManifestHash_Run()
    {
        var (hash, name) = PersistedQueries.FirstQueryOfManifest();
        using var client = api.CreateClient();

        var post = await PersistedQueries.PostAsync(api, null, hash);
        using var get = await client.GetAsync("/graphql?operationName=" + name + "&extensions=" + Uri.EscapeDataString(PersistedQueries.Extensions(hash)));

        Assert.True(post.TryGetProperty("data", out _), post.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, get.StatusCode);
        Assert.True((await HttpGetTests.ReadAsync(get)).TryGetProperty("data", out _));
    }
}

/// <summary>Off: a hash is refused with the code Apollo's clients fall back to text on.</summary>
public sealed class PersistedQueryOffTests(PersistedQueryOffTests.OffApi api) : IClassFixture<PersistedQueryOffTests.OffApi>
{
    public sealed class OffApi : BareApi
    {
        public OffApi() : base(Core.Storage.StorageProvider.Sqlite)
        {
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:PersistedQueries:Mode", "Off");
        }
    }

    [Fact]
    public async Task Post_Hash_PersistedQueryNotSupported_TextRuns()
    {
        string query = "{ viewer { isAuthenticated } }";

        var hashed = await PersistedQueries.PostAsync(api, query, PersistedQueries.Sha256(query));
        var text = await api.PostAsync(query);

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", hashed.Code());
        Assert.False(text.Data().GetProperty("viewer").GetProperty("isAuthenticated").GetBoolean());
    }
}

internal static class PersistedQueries
{
    public static string Sha256(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public static string Extensions(string hash) => JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });

    public static async Task<JsonElement> PostAsync(ApiFactory api, string? query, string hash)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        return await HttpGetTests.ReadAsync(response);
    }

    /// <summary>The committed manifest's first query without variables (mutations and variables would need a token or input).</summary>
    public static (string Hash, string Name) FirstQueryOfManifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ApiFactory.RepositoryRoot, "src", "Matchmaking.Api", "persisted-queries.json")));
        var operation = manifest.RootElement.GetProperty("operations").EnumerateArray()
            .First(o => o.GetProperty("type").GetString() == "query" && !o.GetProperty("body").GetString()!.Contains('$'));
        return (operation.GetProperty("id").GetString()!, operation.GetProperty("name").GetString()!);
    }
}
