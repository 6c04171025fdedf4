using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Api.Auth;
using Matchmaking.Api.Cli.Probe;
using Matchmaking.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Cli.Soak;

/// <summary>`soak`: N concurrent mixed clients against a running service for a while; requests, unexpected errors, p50/p99 per type, server memory.</summary>
internal static class SoakCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The running service.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients.", DefaultValueFactory = _ => 8 };
        var duration = new Option<string>("--duration") { Description = "How long to run (30s, 10m, 1h).", DefaultValueFactory = _ => "10m" };
        var pid = new Option<int?>("--pid") { Description = "The server's process id, to read its RSS from /proc (else /metrics is tried)." };
        var json = new Option<string?>("--json") { Description = "Write the results to this file." };
        var timeout = new Option<string>("--timeout") { Description = "Longest wait for one answer before it counts as a hang.", DefaultValueFactory = _ => "10s" };
        var command = new Command("soak", "Run concurrent mixed clients (search, recommendations, browse, demand writes, payments) against a running service and report errors, latency and server memory.") { url, clients, duration, pid, json, timeout };
        command.SetAction(async (parse, ct) =>
        {
            JwtOptions jwt;
            await using (var app = AppHost.Build([], serve: false))
            {
                jwt = app.Services.GetRequiredService<IOptions<JwtOptions>>().Value;
            }

            int n = Math.Max(1, parse.GetValue(clients));
            TimeSpan length = Duration.Parse(parse.GetValue(duration)!);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = n + 2 }) { BaseAddress = new Uri(parse.GetValue(url)!), Timeout = Timeout.InfiniteTimeSpan };
            var tokens = new ProbeTokens(jwt);
            var memory = new ServerMemory(http, parse.GetValue(pid));
            var world = await new ProbeSetup(http, tokens).CreateAsync(ct);
            var stats = new SoakStats();
            var rss = new List<(double Seconds, long? Bytes)> { (0, await memory.ReadBytesAsync(ct)) };
            Console.WriteLine($"soak: {n} clients for {length} against {http.BaseAddress} (run tag {world.Tag}); server memory from {memory.Source}: {Mb(rss[0].Bytes)}");

            var watch = Stopwatch.StartNew();
            var until = DateTimeOffset.UtcNow + length;
            var context = new ProbeContext(world, tokens);
            var workers = Enumerable.Range(0, n).Select(i => new SoakClient(http, context, stats, i, Duration.Parse(parse.GetValue(timeout)!)).RunAsync(until, ct)).ToList();
            var all = Task.WhenAll(workers);
            while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10), ct)) != all)
            {
                rss.Add((watch.Elapsed.TotalSeconds, await memory.ReadBytesAsync(ct)));
                var soFar = stats.Rows();
                Console.WriteLine(FormattableString.Invariant($"  {watch.Elapsed.TotalSeconds,5:0}s  requests {soFar.Sum(r => r.Requests),7:N0}  unexpected {soFar.Sum(r => r.Unexpected)}  rss {Mb(rss[^1].Bytes)}"));
            }

            await all;
            rss.Add((watch.Elapsed.TotalSeconds, await memory.ReadBytesAsync(ct)));
            var rows = stats.Rows();
            var summary = new SoakSummary(n, watch.Elapsed.TotalSeconds, rows, rss, stats.ErrorSamples);
            Console.WriteLine();
            Console.Write(summary.Table());
            if (parse.GetValue(json) is { } path)
            {
                await File.WriteAllTextAsync(CliPath.Resolve(path), JsonSerializer.Serialize(summary.ToJson(), new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }), ct);
                Console.WriteLine($"wrote {CliPath.Resolve(path)}");
            }

            return summary.Unexpected + summary.Hangs == 0 ? 0 : 1;
        });
        return command;
    }

    internal static string Mb(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB" : "unknown";
}
