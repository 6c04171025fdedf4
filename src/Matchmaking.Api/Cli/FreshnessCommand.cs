using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Api.Auth;
using Matchmaking.Api.Hosting;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `freshness`: write → searchable across nodes. Posts demands through one node and times until another
/// node's search finds each one; that is the replica lag a user of a load-balanced cluster sees.
/// </summary>
public static class FreshnessCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static Command Create()
    {
        var write = new Option<string>("--write") { Description = "Base URL of the node that takes the writes.", DefaultValueFactory = _ => "http://127.0.0.1:5081" };
        var read = new Option<string>("--read") { Description = "Base URL of the node that is searched.", DefaultValueFactory = _ => "http://127.0.0.1:5082" };
        var count = new Option<int>("--count") { Description = "Writes to time.", DefaultValueFactory = _ => 50 };
        var token = new Option<string?>("--token") { Description = "An ADMIN bearer token; minted with Jwt:SigningKey when absent." };
        var json = new Option<string?>("--json") { Description = "Also write the figures to this file." };
        var command = new Command("freshness", "Time write → searchable across two nodes (POST to one, search the other): p50/p95/max.") { write, read, count, token, json };
        command.SetAction(async (parse, ct) =>
        {
            string bearer = parse.GetValue(token) ?? await MintAdminTokenAsync();
            using var writer = Client(parse.GetValue(write)!, bearer);
            using var reader = Client(parse.GetValue(read)!, bearer);
            string enterprise = (await PostAsync(writer, "{ enterprises(first: 1) { edges { node { id } } } }", ct))
                .GetProperty("enterprises").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
            var latencies = new List<double>();
            int n = parse.GetValue(count);
            for (int i = 0; i < n; i++)
            {
                string code = $"FRESH{i:D4}X{Random.Shared.Next(100000, 999999)}";
                var watch = Stopwatch.StartNew();
                var posted = (await PostAsync(writer, $$"""mutation { postDemand(input: { enterpriseId: "{{enterprise}}", title: "新鲜度测量 {{code}}", description: "写入一个节点，在另一个节点检索。" }) { demand { id } userErrors { field code } } }""", ct)).GetProperty("postDemand");
                if (posted.GetProperty("userErrors").GetArrayLength() > 0)
                {
                    // A refused write would otherwise be waited for until the limit, and reported as lag.
                    throw new InvalidOperationException($"{parse.GetValue(write)} refused the write: {posted.GetProperty("userErrors")}");
                }

                while ((await PostAsync(reader, $$"""{ search(text: "{{code}}", kinds: [DEMAND], first: 1) { totalCount } }""", ct)).GetProperty("search").GetProperty("totalCount").GetInt32() == 0)
                {
                    if (watch.Elapsed > Limit)
                    {
                        throw new TimeoutException($"{code} was not searchable on {parse.GetValue(read)} {Limit.TotalSeconds} s after its write.");
                    }

                    await Task.Delay(2, ct);
                }

                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if ((i + 1) % 10 == 0)
                {
                    Console.WriteLine($"  {i + 1}/{n} writes timed");
                }
            }

            latencies.Sort();
            var figures = new { writes = n, p50Ms = Percentile(latencies, 0.50), p95Ms = Percentile(latencies, 0.95), maxMs = latencies[^1] };
            Console.WriteLine($"write on {parse.GetValue(write)} → searchable on {parse.GetValue(read)}: p50 {figures.p50Ms:F1} ms, p95 {figures.p95Ms:F1} ms, max {figures.maxMs:F1} ms over {n} writes");
            if (parse.GetValue(json) is { } file)
            {
                await File.WriteAllTextAsync(CliPath.Resolve(file), JsonSerializer.Serialize(figures, Json), ct);
            }

            return 0;
        });
        return command;
    }

    private static async Task<string> MintAdminTokenAsync()
    {
        await using var app = AppHost.Build([], serve: false);
        return app.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Admin, "freshness-bench");
    }

    private static HttpClient Client(string url, string bearer)
    {
        var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        return client;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query }, ct);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        if (body.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{client.BaseAddress} answered errors: {errors}");
        }

        return body.GetProperty("data").Clone();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
