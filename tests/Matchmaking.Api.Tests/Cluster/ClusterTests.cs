using System.Diagnostics;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Cluster;

/// <summary>
/// Two nodes, each with its own index replica, on one real PostgreSQL database: the production shape.
/// The write count per writer is bounded for CI (MATCHMAKING_CLUSTER_WRITES, default 250).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests : IDisposable
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);
    private readonly string root = Path.Combine(Path.GetTempPath(), "mm-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database = TestDatabase.Create(StorageProvider.Postgres);

    private static int WritesPerWriter => int.TryParse(Environment.GetEnvironmentVariable("MATCHMAKING_CLUSTER_WRITES"), out int n) ? n : 250;

    [Fact]
    public async Task ConcurrentWrites_OnTwoNodes_EveryListingOnBothNodesWithinOneSecond()
    {
        await using var a = await StartAsync("a");
        await using var b = await StartAsync("b");
        var world = await World.CreateAsync(a.Services);
        string token = world.Token(a.Services, Roles.Enterprise)!;

        var ids = await WriteAsync([a, b], world, token, writers: 8, WritesPerWriter);

        await AssertFreshAsync(ids, a, b);
        int expected = await LiveListingsAsync(a);
        Assert.Equal(expected, a.State.Documents);
        Assert.Equal(expected, b.State.Documents);
    }

    [Fact]
    public async Task NodeStoppedMidStream_StartedAgain_CatchesUp()
    {
        await using var a = await StartAsync("a");
        var b = await StartAsync("b");
        var world = await World.CreateAsync(a.Services);
        string token = world.Token(a.Services, Roles.Enterprise)!;

        var writes = WriteAsync([a], world, token, writers: 4, 60);
        await Task.Delay(300);
        await b.DisposeAsync();
        var ids = await writes;

        await using var again = await StartAsync("b");
        await AssertFreshAsync(ids, a, again);
        Assert.Equal(await LiveListingsAsync(a), again.State.Documents);
    }

    [Fact]
    public async Task RebuildRequestedOnOneNode_RebuildsOnBoth_WhileSearchesAnswer()
    {
        await using var a = await StartAsync("a");
        await using var b = await StartAsync("b");
        var world = await World.CreateAsync(a.Services);
        await AssertFreshAsync([world.DemandId, world.AchievementId], a, b);
        string before = a.State.Generation, beforeB = b.State.Generation;

        using var searching = new CancellationTokenSource();
        var searches = Task.WhenAll(SearchUntilAsync(a, searching.Token), SearchUntilAsync(b, searching.Token));
        using var client = a.CreateClient();
        var result = await a.PostAsync(client, "mutation { requestReindex(input: { reason: \"cluster test\" }) { commandId userErrors { code } } }", world.Token(a.Services, Roles.Admin));
        long command = long.Parse(result.Data().GetProperty("requestReindex").GetProperty("commandId").GetString()!);

        await WaitUntilAsync(() => a.Services.GetRequiredService<NodeDuties>().LastCommand >= command
            && b.Services.GetRequiredService<NodeDuties>().LastCommand >= command, TimeSpan.FromMinutes(2));
        searching.Cancel();
        int answered = (await searches).Sum();

        Assert.NotEqual(before, a.State.Generation);
        Assert.NotEqual(beforeB, b.State.Generation);
        Assert.True(answered > 0);
        Assert.Empty(a.Missing([world.DemandId, world.AchievementId]));
        Assert.Empty(b.Missing([world.DemandId, world.AchievementId]));
    }

    [Fact]
    public async Task ClusterQuery_ReportsEveryNodeWithItsSequenceAndLag()
    {
        await using var a = await StartAsync("a");
        await using var b = await StartAsync("b");
        var world = await World.CreateAsync(a.Services);
        await AssertFreshAsync([world.DemandId], a, b);

        using var client = b.CreateClient();
        string query = "{ cluster { thisNode headSequence nodes { name indexGeneration appliedSequence lag documents alive } } }";
        var cluster = await WaitForAsync(async () =>
        {
            var data = (await b.PostAsync(client, query, world.Token(b.Services, Roles.Admin))).Data().GetProperty("cluster");
            var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
            return nodes.Count == 2 && nodes.All(n => n.GetProperty("lag").GetInt64() == 0) ? data : (System.Text.Json.JsonElement?)null;
        });

        Assert.Equal("b", cluster.GetProperty("thisNode").GetString());
        var names = cluster.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToList();
        Assert.Equal(["a", "b"], names);
        Assert.All(cluster.GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.Equal(cluster.GetProperty("headSequence").GetInt64(), n.GetProperty("appliedSequence").GetInt64());
            Assert.True(n.GetProperty("alive").GetBoolean());
        });
        var anonymous = await b.PostAsync(client, query);
        Assert.Equal("UNAUTHENTICATED", anonymous.Code());

        // /healthz says the same of the node that answers it.
        var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement.GetProperty("node");
        Assert.Equal("b", health.GetProperty("name").GetString());
        Assert.Equal(b.State.Generation, health.GetProperty("indexGeneration").GetString());
        Assert.Equal(cluster.GetProperty("headSequence").GetInt64(), health.GetProperty("appliedSequence").GetInt64());
    }

    [Fact]
    public async Task NodesStartingTogether_OnAnEmptyDatabase_SeedItOnce()
    {
        // A slice of the committed seed set's listings (every institution and enterprise, which the rest refer
        // to), so that both nodes race to import it quickly. The seeded workflow (matches, deals, payments)
        // refers to listings outside the slice and is left out: the importer takes it when it is there.
        string seed = Path.Combine(root, "seed");
        Directory.CreateDirectory(seed);
        string[] listings = ["institutions.jsonl", "enterprises.jsonl", "demands.jsonl", "achievements.jsonl", "experts.jsonl"];
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "seed-data"), "*.jsonl").Where(f => listings.Contains(Path.GetFileName(f))))
        {
            var lines = File.ReadLines(file);
            string name = Path.GetFileName(file);
            File.WriteAllLines(Path.Combine(seed, name), name is "institutions.jsonl" or "enterprises.jsonl" ? lines : lines.Take(30));
        }

        var settings = new Dictionary<string, string?> { ["Storage:SeedWhenEmpty"] = "true", ["Storage:SeedDirectory"] = seed };
        var starting = new[] { "a", "b" }.Select(n => ClusterNodeHost.StartAsync(n, database, Path.Combine(root, n), settings)).ToList();
        await using var a = await starting[0];
        await using var b = await starting[1];

        int enterprises = File.ReadLines(Path.Combine(seed, "enterprises.jsonl")).Count();
        using var scope = a.Services.CreateScope();
        Assert.Equal(enterprises, scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Enterprises.Count());
        int expected = await LiveListingsAsync(a);
        await WaitUntilAsync(() => a.State.Documents == expected && b.State.Documents == expected, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ClusterJob_TriggeredWithTwoNodesOnPostgresStorage_RunsOnce()
    {
        // Hangfire on the shared PostgreSQL database, as in production. The schedules are moved out of the way: the hourly
        // reconciliation, and the five-minute settlement, which reconciles after it (a run crossing :05 counted two).
        var jobs = new Dictionary<string, string?>
        {
            ["Jobs:Storage"] = "Auto", ["Jobs:WorkerCount"] = "2", ["Ledger:ReconciliationCron"] = "0 0 31 2 *", ["Ledger:SettlementCron"] = "0 0 31 2 *",
        };
        await using var a = await StartAsync("a", jobs);
        await using var b = await StartAsync("b", jobs);

        a.Services.GetRequiredService<Hangfire.IRecurringJobManager>().Trigger("ledger-reconciliation");

        await WaitUntilAsync(() => ReconciliationRuns(a) > 0, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, ReconciliationRuns(b));
    }

    [Fact]
    public async Task ModelPublishedOnOneNode_LoadedByEveryNode()
    {
        var settings = new Dictionary<string, string?> { ["Search:Rerank:ScorerPath"] = "ranker" };
        foreach (string name in new[] { "a", "b" })
        {
            CopyDirectory(Path.Combine(RepositoryPaths.Root, "onnx-models", "ranker"), Path.Combine(root, name, "ranker"));
        }

        await using var a = await StartAsync("a", settings);
        await using var b = await StartAsync("b", settings);

        // What a retrain does on the node that trained: a new build beside the live model, switched in, published.
        var location = new Core.ModelLocation(Path.Combine(a.Root, "ranker"));
        string build = location.NewFolder(DateTimeOffset.UtcNow);
        CopyDirectory(location.Live(), build);
        File.WriteAllText(Path.Combine(build, "marker.txt"), "retrained on node a");
        location.SwitchTo(build);
        await a.Services.GetRequiredService<ModelDistribution>().PublishAsync(ModelDistribution.Ranker, build, CancellationToken.None);

        var onB = new Core.ModelLocation(Path.Combine(b.Root, "ranker"));
        await WaitUntilAsync(() => Path.GetFileName(onB.Live()) == Path.GetFileName(build), TimeSpan.FromSeconds(10));
        Assert.Equal("retrained on node a", File.ReadAllText(Path.Combine(onB.Live(), "marker.txt")));
        Assert.NotNull(b.Services.GetRequiredService<Core.Search.Rerank.ScorerProvider>().Current);

        // A node started after the publication takes the latest build too.
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "onnx-models", "ranker"), Path.Combine(root, "c", "ranker"));
        await using var c = await StartAsync("c", settings);
        Assert.Equal(Path.GetFileName(build), Path.GetFileName(new Core.ModelLocation(Path.Combine(c.Root, "ranker")).Live()));
    }

    public void Dispose()
    {
        database.Dispose();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private Task<ClusterNodeHost> StartAsync(string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Storage:SeedWhenEmpty"] = "false" };
        return ClusterNodeHost.StartAsync(name, database, Path.Combine(root, name), all);
    }

    /// <summary><paramref name="writers"/> concurrent clients post demands, each spreading its writes over the nodes; returns the acknowledged ids.</summary>
    private static async Task<List<Guid>> WriteAsync(IReadOnlyList<ClusterNodeHost> nodes, World world, string token, int writers, int perWriter)
    {
        var clients = nodes.Select(n => n.CreateClient()).ToList();
        try
        {
            var batches = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                var ids = new List<Guid>(perWriter);
                for (int i = 0; i < perWriter; i++)
                {
                    int n = (w + i) % nodes.Count;
                    string doc = $$"""mutation { postDemand(input: { enterpriseId: "{{world.Enterprise}}", title: "并发写入需求 {{w}}-{{i}}", description: "集群测试：写入后每个节点都应能检索到。" }) { demand { id } userErrors { code } } }""";
                    var result = await nodes[n].PostAsync(clients[n], doc, token);
                    string id = result.Data().GetProperty("postDemand").GetProperty("demand").GetProperty("id").GetString()!;
                    ids.Add(GraphQL.GlobalId.Decode(id).Id);
                }

                return ids;
            })));
            return batches.SelectMany(b => b).ToList();
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task AssertFreshAsync(IReadOnlyCollection<Guid> ids, params ClusterNodeHost[] nodes)
    {
        var watch = Stopwatch.StartNew();
        var missing = nodes.ToDictionary(n => n.Name, n => n.Missing(ids));
        while (missing.Values.Any(m => m.Count > 0) && watch.Elapsed < Freshness)
        {
            await Task.Delay(20);
            missing = nodes.ToDictionary(n => n.Name, n => n.Missing(ids));
        }

        if (missing.Values.Any(m => m.Count > 0))
        {
            // Say whether the replica was late or lost the writes for good (the failure this test guards against).
            string report = string.Join(", ", missing.Select(m => $"node {m.Key} misses {m.Value.Count}"));
            var late = Stopwatch.StartNew();
            while (nodes.Any(n => n.Missing(ids).Count > 0) && late.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(50);
            }

            string after = string.Join(", ", nodes.Select(n => $"node {n.Name} misses {n.Missing(ids).Count}"));
            Assert.Fail($"{Freshness.TotalMilliseconds:F0} ms after the last acknowledgement, of {ids.Count} listings: {report}; {late.Elapsed.TotalMilliseconds:F0} ms later: {after}");
        }
    }

    private static async Task<int> LiveListingsAsync(ClusterNodeHost node)
    {
        using var scope = node.Services.CreateScope();
        return await ListingSource.CountAsync(scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>(), CancellationToken.None);
    }

    private static int ReconciliationRuns(ClusterNodeHost node)
    {
        using var scope = node.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().ReconciliationRuns.Count();
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static async Task<int> SearchUntilAsync(ClusterNodeHost node, CancellationToken stop)
    {
        using var client = node.CreateClient();
        int answered = 0;
        while (!stop.IsCancellationRequested)
        {
            var result = await node.PostAsync(client, """{ search(text: "锂电池缺陷检测", first: 5) { totalCount } }""");
            Assert.True(result.Data().GetProperty("search").GetProperty("totalCount").GetInt32() > 0, $"node {node.Name} answered no hits during the rebuild");
            answered++;
        }

        return answered;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }

    private static async Task<System.Text.Json.JsonElement> WaitForAsync(Func<Task<System.Text.Json.JsonElement?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(200);
        }
    }
}
