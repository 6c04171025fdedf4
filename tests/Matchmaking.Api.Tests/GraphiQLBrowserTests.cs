using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>
/// GraphiQL loads in headless Chromium from a real Kestrel on 127.0.0.1 and runs its default query; on the
/// seed set, every operation of every default tab (one per user group) runs without errors.
/// Needs /usr/bin/chromium and tools/graphiql/node_modules, which scripts/test.sh installs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphiQLBrowserTests
{
    [Fact]
    public async Task GraphiQL_InHeadlessChromium_RunsDefaultQuery()
    {
        string tool = Path.Combine(ApiFactory.RepositoryRoot, "tools", "graphiql");
        if (!File.Exists("/usr/bin/chromium") || !Directory.Exists(Path.Combine(tool, "node_modules", "playwright-core")))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "CI must have chromium and tools/graphiql/node_modules (scripts/test.sh installs them).");
            return;
        }

        string root = Path.Combine(Path.GetTempPath(), "mm-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        int port = FreePort();
        await using var app = AppHost.Build(
        [
            $"--urls=http://127.0.0.1:{port}", "--environment=Development", $"--DataRoot={root}", "--Storage:SeedWhenEmpty=false",
            "--Jobs:Storage=InMemory", $"--contentRoot={Path.Combine(ApiFactory.RepositoryRoot, "src", "Matchmaking.Api")}",
        ], serve: true);
        await app.StartAsync();
        try
        {
            await WaitReadyAsync(port);
            var (exit, output) = await RunAsync("node", $"browser-check.mjs http://127.0.0.1:{port}/graphql", tool);
            if (exit != 0)
            {
                // One more try: a cold Chromium on a loaded 2-core runner has stalled before first paint;
                // a real defect in the page fails both tries.
                (exit, output) = await RunAsync("node", $"browser-check.mjs http://127.0.0.1:{port}/graphql", tool);
            }

            Assert.True(exit == 0, output);
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task GraphiQL_EveryTabOnTheSeedSet_RunsEveryOperationWithoutErrors()
    {
        string tool = Path.Combine(ApiFactory.RepositoryRoot, "tools", "graphiql");
        if (!File.Exists("/usr/bin/chromium") || !Directory.Exists(Path.Combine(tool, "node_modules", "playwright-core")))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "CI must have chromium and tools/graphiql/node_modules (scripts/test.sh installs them).");
            return;
        }

        string root = Path.Combine(Path.GetTempPath(), "mm-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        int port = FreePort();
        await using var app = AppHost.Build(
        [
            $"--urls=http://127.0.0.1:{port}", "--environment=Development", $"--DataRoot={root}",
            $"--Storage:SeedDirectory={Path.Combine(ApiFactory.RepositoryRoot, "seed-data")}",
            "--Jobs:Storage=InMemory", $"--contentRoot={Path.Combine(ApiFactory.RepositoryRoot, "src", "Matchmaking.Api")}",
        ], serve: true);
        await app.StartAsync();
        try
        {
            await WaitReadyAsync(port);

            // The tabs' subjects: the broker tab's deal names broker-1 as its broker party.
            var issuer = app.Services.GetRequiredService<TokenIssuer>();
            string tokens = JsonSerializer.Serialize(Roles.All.ToDictionary(role => role, role => issuer.Issue(role, role.ToLowerInvariant() + "-1")));
            var (exit, output) = await RunAsync("node", $"browser-tabs.mjs http://127.0.0.1:{port}/graphql", tool, ("MM_TOKENS", tokens));

            Assert.True(exit == 0, output);
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitReadyAsync(int port)
    {
        using var client = new HttpClient();
        for (var deadline = DateTime.UtcNow.AddMinutes(3); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if ((await client.GetAsync($"http://127.0.0.1:{port}/healthz")).IsSuccessStatusCode)
            {
                return;
            }
        }

        throw new TimeoutException("the service did not become ready");
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string args, string folder, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(240));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
