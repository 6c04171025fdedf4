using System.CommandLine;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Api.Hosting;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Seed;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Cli;

/// <summary>
/// One executable, several verbs. With no verb (or `serve`) it runs the web service; arguments it
/// does not know (--urls, --environment, …) go to ASP.NET Core as usual.
/// </summary>
public static class Verbs
{
    private static readonly string[] Names = ["seed", "reindex", "token", "eval", "bench", "bench-digests", "bench-duplicates", "train-ranker", "ranker-outcomes", "train-embeddings", "settle", "schema", "freshness", "probe", "soak", "--help", "-h", "-?"];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Names.Contains(args[0]))
        {
            string[] hostArgs = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
            var app = AppHost.Build(hostArgs, serve: true);
            await app.RunAsync();
            return 0;
        }

        return await Build().Parse(args).InvokeAsync();
    }

    private static RootCommand Build()
    {
        var root = new RootCommand("Matchmaking: demands matched to achievements and experts. Run with no verb to serve the API.");
        root.Subcommands.Add(new Command("serve", "Run the GraphQL service (the default)."));
        root.Subcommands.Add(SeedCommand());
        root.Subcommands.Add(ReindexCommand());
        root.Subcommands.Add(TokenCommand());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(DigestBenchCommand.Create());
        root.Subcommands.Add(DuplicateBenchCommand.Create());
        root.Subcommands.Add(TrainRankerCommand.Create());
        root.Subcommands.Add(RankerOutcomesCommand.Create());
        root.Subcommands.Add(TrainEmbeddingsCommand.Create());
        root.Subcommands.Add(LedgerVerbs.SettleCommand());
        root.Subcommands.Add(SchemaCommand());
        root.Subcommands.Add(FreshnessCommand.Create());
        root.Subcommands.Add(Probe.ProbeCommand.Create());
        root.Subcommands.Add(Soak.SoakCommand.Create());
        return root;
    }

    private static Command SeedCommand()
    {
        var output = new Option<string>("--out") { Description = "Folder to write the seed set to.", DefaultValueFactory = _ => "seed-data" };
        var size = new Option<int>("--size") { Description = "Total listings to generate (0 = the committed default set of about 6,000)." };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => SeedGenerator.DefaultSeed };
        var command = new Command("seed", "Generate a deterministic seed set (jsonl + BEIR ground truth). Larger sets stream in bounded memory.") { output, size, seed };
        command.SetAction(async (parse, ct) =>
        {
            var progress = new Progress<string>(Console.WriteLine);
            SeedSize seedSize = parse.GetValue(size) is > 0 and var n ? SeedSize.ForListings(n) : SeedSize.Default;
            var summary = await SeedWriter.WriteAsync(CliPath.Resolve(parse.GetValue(output)!), seedSize, parse.GetValue(seed), progress, ct);
            Console.WriteLine(summary);
            return 0;
        });
        return command;
    }

    private static Command ReindexCommand()
    {
        var command = new Command("reindex", "Migrate the database, seed it when empty, and rebuild the search index beside the live one.");
        command.SetAction(async (_, ct) =>
        {
            await using var app = AppHost.Build([], serve: false);
            var progress = new Progress<string>(Console.WriteLine);
            await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await app.Services.GetRequiredService<SeedImporter>().ImportWhenEmptyAsync(progress, ct);
            var maintenance = app.Services.GetRequiredService<IndexMaintenance>();
            int count = await maintenance.RebuildAsync(progress, ct);
            await maintenance.CatchUpAsync(ct);
            Console.WriteLine($"reindexed {count:N0} listings into {app.Services.GetRequiredService<ListingIndex>().Folder}");
            return 0;
        });
        return command;
    }

    private static Command TokenCommand()
    {
        var role = new Option<string>("--role") { Description = "ENTERPRISE, RESEARCHER, BROKER or ADMIN.", Required = true };
        var subject = new Option<string>("--subject") { Description = "The user id the token speaks for.", Required = true };
        var command = new Command("token", "Mint a development JWT for a role and subject (uses Jwt:SigningKey).") { role, subject };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = AppHost.Build([], serve: false);
            string token = app.Services.GetRequiredService<TokenIssuer>().Issue(parse.GetValue(role)!.ToUpperInvariant(), parse.GetValue(subject)!);
            Console.WriteLine(token);
            return 0;
        });
        return command;
    }

    private static Command SchemaCommand()
    {
        var output = new Option<string>("--out") { Description = "File to write the SDL to; - for standard output.", DefaultValueFactory = _ => "schema.graphql" };
        var command = new Command("schema", "Print the GraphQL schema (SDL) from the code; the committed schema.graphql is its output.") { output };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = AppHost.Build([], serve: false);
            string sdl = SchemaExport.Print(app.Services);
            string path = CliPath.Resolve(parse.GetValue(output)!);
            if (path == "-")
            {
                Console.Write(sdl);
            }
            else
            {
                await File.WriteAllTextAsync(path, sdl, ct);
                Console.WriteLine($"wrote {path}");
            }

            return 0;
        });
        return command;
    }
}
