using System.Net;
using System.Text.Json;
using Matchmaking.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Matchmaking.Api.Tests;

/// <summary>Liveness and readiness on a ready service (SQLite and PostgreSQL).</summary>
public abstract class HealthEndpointTests(ApiFactory api)
{
    [Fact]
    public async Task Live_Ready_Ok()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_Ready_EveryCheckHealthy()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(new Dictionary<string, string?> { ["startup"] = "Healthy", ["index"] = "Healthy", ["database"] = "Healthy" }, checks);
    }

}

public sealed class HealthEndpointSqliteTests(BareSqliteApi api) : HealthEndpointTests(api), IClassFixture<BareSqliteApi>;

public sealed class HealthEndpointPostgresTests(BarePostgresApi api) : HealthEndpointTests(api), IClassFixture<BarePostgresApi>;

/// <summary>A service whose start-up failed: /healthz and readiness report the state, never the exception.</summary>
public sealed class HealthStartupFailureTests
{
    [Fact]
    public async Task Healthz_StartupFailed_ReportsStateWithoutExceptionDetails()
    {
        string root = Path.Combine(Path.GetTempPath(), "mm-health-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        // The index root is a regular file: opening the index throws an IOException naming the path.
        string blocker = Path.Combine(root, "secret-index-path");
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            await using var failing = new FailingStartup(root, blocker);
            using var client = failing.CreateClient();

            string body = "";
            HttpStatusCode status = HttpStatusCode.OK;
            for (var deadline = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < deadline && !body.Contains("failed", StringComparison.Ordinal); await Task.Delay(200))
            {
                using var response = await client.GetAsync("/healthz");
                status = response.StatusCode;
                body = await response.Content.ReadAsStringAsync();
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("""{"status":"failed"}""", body);
            using var ready = await client.GetAsync("/healthz/ready");
            string readyBody = await ready.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.DoesNotContain("secret-index-path", readyBody);
            Assert.DoesNotContain(root, readyBody);
            Assert.Equal("Unhealthy", JsonDocument.Parse(readyBody).RootElement.GetProperty("checks").GetProperty("startup").GetString());
            using var live = await client.GetAsync("/healthz/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Ready_PostgresUnreachable_DatabaseUnhealthyWithoutDetails()
    {
        string root = Path.Combine(Path.GetTempPath(), "mm-health-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            // Nothing listens on port 1: start-up fails and the database check fails, both with a connection error.
            await using var failing = new FailingStartup(root, Path.Combine(root, "indexes"),
                ("Storage:Provider", "Postgres"), ("Storage:ConnectionString", "Host=127.0.0.1;Port=1;Username=mm;Password=secret-pw;Database=mm;Timeout=2"));
            using var client = failing.CreateClient();

            string body = "";
            for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline && !body.Contains("failed", StringComparison.Ordinal); await Task.Delay(200))
            {
                using var healthz = await client.GetAsync("/healthz");
                body = await healthz.Content.ReadAsStringAsync();
            }

            Assert.Equal("""{"status":"failed"}""", body);
            using var ready = await client.GetAsync("/healthz/ready");
            string readyBody = await ready.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var checks = JsonDocument.Parse(readyBody).RootElement.GetProperty("checks");
            Assert.Equal("Unhealthy", checks.GetProperty("database").GetString());
            Assert.DoesNotContain("127.0.0.1", readyBody);
            Assert.DoesNotContain("secret-pw", readyBody);
            Assert.DoesNotContain("refused", readyBody, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed class FailingStartup(string root, string indexRoot, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("DataRoot", root);
            builder.UseSetting("Storage:SeedWhenEmpty", "false");
            builder.UseSetting("Storage:SeedDirectory", Path.Combine(RepositoryPaths.Root, "seed-data"));
            builder.UseSetting("Jobs:Storage", "InMemory");
            builder.UseSetting("Search:IndexRoot", Path.Combine(indexRoot, "sub"));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
