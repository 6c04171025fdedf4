using System.CommandLine;
using Matchmaking.Api.Auth;
using Matchmaking.Api.Cli.Probe.Catalogue;
using Matchmaking.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>`probe`: the bad-input catalogue against a running service; exit 1 on any INTERNAL or hang.</summary>
internal static class ProbeCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The running service.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var json = new Option<string?>("--json") { Description = "Write every case's outcome to this file." };
        var timeout = new Option<string>("--timeout") { Description = "Longest wait for one answer before the case counts as a hang (10s, 1m, 00:00:10).", DefaultValueFactory = _ => "10s" };
        var group = new Option<string?>("--group") { Description = "Run only the cases of this group (transport, limits, paging, ids, search text, filters, listing writes, money, auth)." };
        var command = new Command("probe", "Run the bad-input catalogue against a running service (tokens signed with this configuration's Jwt:SigningKey) and print a table per group.") { url, json, timeout, group };
        command.SetAction(async (parse, ct) =>
        {
            JwtOptions jwt;
            await using (var app = AppHost.Build([], serve: false))
            {
                jwt = app.Services.GetRequiredService<IOptions<JwtOptions>>().Value;
            }

            using var client = new HttpClient { BaseAddress = new Uri(parse.GetValue(url)!), Timeout = Timeout.InfiniteTimeSpan };
            var tokens = new ProbeTokens(jwt);
            Console.WriteLine($"setting up probe data at {client.BaseAddress} …");
            var world = await new ProbeSetup(client, tokens).CreateAsync(ct);
            var cases = ProbeCatalogue.All().Where(c => parse.GetValue(group) is not { } g || c.Group == g).ToList();
            Console.WriteLine($"running {cases.Count} cases (run tag {world.Tag}) …");
            var results = await new ProbeRunner(client, Duration.Parse(parse.GetValue(timeout)!)).RunAsync(cases, new ProbeContext(world, tokens), ct);

            var report = new ProbeReport(results);
            Console.WriteLine();
            Console.Write(report.Table());
            Console.WriteLine();
            Console.Write(report.NotClear());
            if (parse.GetValue(json) is { } path)
            {
                await File.WriteAllTextAsync(CliPath.Resolve(path), report.Json(), ct);
                Console.WriteLine($"wrote {CliPath.Resolve(path)}");
            }

            Console.WriteLine(report.Passed ? "probe: no INTERNAL, no hang" : $"probe: {report.Internal} INTERNAL, {report.Hangs} hang(s)");
            return report.Passed ? 0 : 1;
        });
        return command;
    }
}
