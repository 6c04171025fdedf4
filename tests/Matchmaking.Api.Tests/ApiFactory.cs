using System.Net.Http.Json;
using System.Text.Json;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Matchmaking.Api.Tests;

/// <summary>
/// The real service in-process over a temp data root: its own SQLite file (or a fresh PostgreSQL
/// database), its own index, the committed seed set, Hangfire in memory.
/// </summary>
public abstract class ApiFactory(StorageProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "mm-api-" + Guid.NewGuid().ToString("N"));
    private TestDatabase? database;

    public static string RepositoryRoot => RepositoryPaths.Root;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        database = provider == StorageProvider.Postgres ? TestDatabase.Create(provider) : null;
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var health = await client.GetAsync("/healthz");
            if (health.IsSuccessStatusCode)
            {
                return;
            }

            string body = await health.Content.ReadAsStringAsync();
            if (body.Contains("\"failed\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("start-up failed: " + body);
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the service did not become ready within 3 minutes");
    }

    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        database?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // A background index build the stopped host had started can still be closing its files: retry the clean-up
        // for a few seconds rather than fail the class on a temporary folder.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(root, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                await Task.Delay(250);
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DataRoot", root);
        builder.UseSetting("Storage:SeedDirectory", Path.Combine(RepositoryRoot, "seed-data"));
        builder.UseSetting("Jobs:Storage", "InMemory");
        if (database is not null)
        {
            builder.UseSetting("Storage:Provider", "Postgres");
            builder.UseSetting("Storage:ConnectionString", database.ConnectionString);
        }
    }
}

public sealed class SqliteApi() : ApiFactory(StorageProvider.Sqlite);

public sealed class PostgresApi() : ApiFactory(StorageProvider.Postgres);
