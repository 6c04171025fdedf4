using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Tests.Cluster;

/// <summary>
/// kill -9 in the middle of a stream of writes: a replica commits its applied sequence only every
/// Search:CommitInterval, so what it applied but had not committed is lost with the process and must come
/// back from the change log when the node starts again on the same replica.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class KilledNodeTests : IDisposable
{
    private const string SigningKey = "killed-node-test-signing-key-0123456789abcdef";
    private readonly string root = Path.Combine(Path.GetTempPath(), "mm-killed-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [Providers]
    public async Task NodeKilledMidStream_StartedAgainOnItsReplica_FindsEveryAcknowledgedWrite(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var enterprise = await CreateEnterpriseAsync(database);
        var environment = Environment(provider, database);
        string token = new TokenIssuer(Options.Create(new JwtOptions { SigningKey = SigningKey }), TimeProvider.System).Issue(Roles.Admin, "admin-killed");

        List<string> acknowledged;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using (var node = await NodeProcess.StartAsync(environment))
        {
            using var stop = new CancellationTokenSource();
            var counted = new StrongBox<int>();
            var writers = Enumerable.Range(0, 4).Select(w => WriteUntilStoppedAsync(node.Url, token, enterprise, w, counted, errors, stop.Token)).ToList();

            // Killed in the middle of the stream: past the first commit interval, with writes in flight.
            var writing = DateTime.UtcNow.AddSeconds(60);
            while (Volatile.Read(ref counted.Value) < 40 && DateTime.UtcNow < writing && errors.IsEmpty)
            {
                await Task.Delay(50);
            }

            node.Kill();
            stop.Cancel();
            acknowledged = (await Task.WhenAll(writers)).SelectMany(codes => codes).ToList();
        }

        Assert.True(acknowledged.Count >= 40, $"only {acknowledged.Count} writes were acknowledged before the kill; errors: {string.Join(" | ", errors.Take(3))}");
        using var again = await NodeProcess.StartAsync(environment);
        using var client = new HttpClient { BaseAddress = again.Url };
        var missing = acknowledged.ToList();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (missing.Count > 0 && DateTime.UtcNow < deadline)
        {
            var found = new List<string>();
            foreach (string code in missing)
            {
                var result = await PostAsync(client, $$"""{ search(text: "{{code}}", kinds: [DEMAND], first: 1) { totalCount } }""", null);
                if (result.GetProperty("data").GetProperty("search").GetProperty("totalCount").GetInt32() > 0)
                {
                    found.Add(code);
                }
            }

            missing.RemoveAll(found.Contains);
            if (missing.Count > 0)
            {
                await Task.Delay(200);
            }
        }

        Assert.True(missing.Count == 0, $"of {acknowledged.Count} acknowledged writes, {missing.Count} are not searchable after the restart: {string.Join(", ", missing.Take(5))}");
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private Dictionary<string, string> Environment(StorageProvider provider, TestDatabase database) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DataRoot"] = root,
        ["Storage__Provider"] = provider.ToString(),
        ["Storage__ConnectionString"] = database.ConnectionString,
        ["Storage__SeedWhenEmpty"] = "false",
        ["Jobs__Storage"] = "InMemory",
        ["Jwt__SigningKey"] = SigningKey,
        ["Search__SynonymsPath"] = Path.Combine(RepositoryPaths.Root, "indexes", "analysis", "synonyms.txt"),
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task<string> CreateEnterpriseAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var enterprise = new Enterprise
        {
            Id = Guid.NewGuid(), Name = "合肥断电测试有限公司", CreditCode = World.NewCreditCode(), Industry = Industry.NewEnergyVehicles,
            Region = "合肥市", OwnerSubject = "ent-killed",
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return GraphQL.GlobalId.Encode(nameof(Enterprise), enterprise.Id);
    }

    /// <summary>Posts demands until stopped or the node dies; returns the codes of the writes that were acknowledged.</summary>
    private static async Task<List<string>> WriteUntilStoppedAsync(
        Uri url, string token, string enterprise, int writer, StrongBox<int> counted, System.Collections.Concurrent.ConcurrentQueue<string> errors, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = url };
        var codes = new List<string>();
        for (int i = 0; !stop.IsCancellationRequested; i++)
        {
            string code = $"KILL{writer}X{i:D4}Q{Random.Shared.Next(1000, 9999)}";
            try
            {
                var result = await PostAsync(client, $$"""mutation { postDemand(input: { enterpriseId: "{{enterprise}}", title: "断电测试需求 {{code}}", description: "写入后进程被杀死。" }) { demand { id } } }""", token);
                if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.GetProperty("postDemand").GetProperty("demand").ValueKind == JsonValueKind.Object)
                {
                    codes.Add(code);
                    Interlocked.Increment(ref counted.Value);
                }
                else
                {
                    errors.Enqueue(result.ToString());
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
            {
                // The node was killed under this request: it was never acknowledged.
                break;
            }
        }

        return codes;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
