using System.Net.Http.Json;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Matchmaking.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Cluster;

/// <summary>
/// One node of a test cluster: the real service in-process with its own data root (so its own index
/// replica) on a PostgreSQL database that every node of the test shares. Disposing it keeps its data root,
/// so a node can be stopped and started again on the same replica.
/// </summary>
public sealed class ClusterNodeHost(string name, TestDatabase database, string root, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public string Name { get; } = name;

    public string Root { get; } = root;

    public ListingIndex Index => Services.GetRequiredService<ListingIndex>();

    public static async Task<ClusterNodeHost> StartAsync(string name, TestDatabase database, string root, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(root);
        var host = new ClusterNodeHost(name, database, root, settings);
        using var client = host.CreateClient();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            using var health = await client.GetAsync("/healthz");
            string body = await health.Content.ReadAsStringAsync();
            if (health.IsSuccessStatusCode && host.Services.GetRequiredService<NodeDuties>().LastCommand >= 0)
            {
                return host;
            }

            if (body.Contains("\"failed\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"node {name} failed to start: {body}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"node {name} did not become ready within 3 minutes");
    }

    public async Task<JsonElement> PostAsync(HttpClient client, string query, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The ids of <paramref name="ids"/> that this node's live index does not hold.</summary>
    public List<Guid> Missing(IEnumerable<Guid> ids)
    {
        using var lease = Index.Acquire();
        return ids.Where(id => lease.Searcher.Search(new TermQuery(new Term(FieldNames.Id, id.ToString("D"))), 1).TotalHits == 0).ToList();
    }

    public NodeState State => NodeState.Read(Index);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DataRoot", Root);
        builder.UseSetting("Storage:SeedDirectory", Path.Combine(RepositoryPaths.Root, "seed-data"));
        builder.UseSetting("Storage:Provider", "Postgres");
        builder.UseSetting("Storage:ConnectionString", database.ConnectionString);
        builder.UseSetting("Jobs:Storage", "InMemory");
        builder.UseSetting("Node:Name", Name);

        // Long enough that only the NOTIFY wake-up can meet the tests' one-second bounds.
        builder.UseSetting("Node:CatchUpInterval", "00:01:00");
        builder.UseSetting("Node:HeartbeatInterval", "00:00:01");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
