using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Api.Hosting;
using Matchmaking.Core;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `eval --dataset DIR --out FILE.json [--mode lexical]`: runs the served pipeline on a BEIR dataset in a
/// temporary database and index, leaving the service's own data untouched.
/// </summary>
internal static class EvalCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "BEIR folder: corpus.jsonl, queries.jsonl, qrels/test.tsv.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the report as JSON to this file." };
        var mode = new Option<string>("--mode") { Description = "lexical (BM25 over words, bigrams and codes).", DefaultValueFactory = _ => "lexical" };
        mode.AcceptOnlyFromAmong("lexical");
        var command = new Command("eval", "Measure nDCG@10, MRR@10, Recall@1/10/100 and latency of the served pipeline on a BEIR dataset.") { dataset, output, mode };
        command.SetAction(async (parse, ct) =>
        {
            string folder = Path.GetFullPath(parse.GetValue(dataset)!);
            var data = BeirDataset.Load(folder);
            string temp = Path.Combine(Path.GetTempPath(), "mm-eval-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(temp);
            try
            {
                var real = HostPaths.Discover(Directory.GetCurrentDirectory(), null);
                await using var app = AppHost.Build(
                [
                    $"--DataRoot={temp}",
                    "--Storage:Provider=Sqlite",
                    "--Storage:ConnectionString=Data Source=eval.db",
                    "--Storage:SeedWhenEmpty=false",
                    $"--Search:SynonymsPath={real.Resolve("indexes/analysis/synonyms.txt")}",
                    "--Logging:LogLevel:Default=Warning",
                ], serve: false);
                await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
                var report = await app.Services.GetRequiredService<Evaluator>().RunAsync(data, parse.GetValue(mode)!, null, ct);
                Console.WriteLine(report.Summary());
                if (parse.GetValue(output) is { } file)
                {
                    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, Json), ct);
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(temp, recursive: true);
            }

            return 0;
        });
        return command;
    }
}
