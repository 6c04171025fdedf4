using System.CommandLine;
using System.Text.Json;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Rerank;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `ranker-outcomes [--seed seed-data]`: the feedback retrain as the weekly job runs it, over a temporary copy of
/// a seed set (its listings and broker decisions): prints the held-out comparison (nDCG@10 of the trained scorer,
/// the served ranking and the lexical one, sizes, time split) and whether the scorer would be switched on.
/// </summary>
internal static class RankerOutcomesCommand
{
    private static readonly IProgress<string> Progress = new Progress<string>(line => Console.Error.WriteLine("  " + line));
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var seed = new Option<string>("--seed") { Description = "Seed folder with listings, matches and match events.", DefaultValueFactory = _ => "seed-data" };
        var trees = new Option<int>("--trees") { Description = "Boosting rounds (Search:Rerank:RetrainTrees).", DefaultValueFactory = _ => 200 };
        var command = new Command("ranker-outcomes", "Retrain the scorer on a seed set's broker decisions and print the held-out comparison.") { seed, trees };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await EvalHost.StartAsync([$"--Search:Rerank:RetrainTrees={parse.GetValue(trees)}"], ct);
            var services = host.Services;
            await services.GetRequiredService<SeedImporter>().ImportAsync(CliPath.Resolve(parse.GetValue(seed)!), Progress, ct);
            await services.GetRequiredService<IndexMaintenance>().RebuildAsync(Progress, ct);
            Console.Error.WriteLine("  retraining the scorer on the broker decisions…");
            var result = await services.GetRequiredService<RankerRetraining>().RunAsync(ct);
            Console.WriteLine(result.Detail);
            if (result.Evaluation is { } e)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    e.Baseline, e.TrainedNdcg, e.BaselineNdcg, e.LexicalNdcg, e.Gain,
                    GainOverLexical = e.TrainedNdcg - e.LexicalNdcg,
                    e.TrainDemands, e.TrainDecisions, e.HeldOutDemands, e.HeldOutDecisions, e.HeldOutFrom, e.SwitchedOn,
                    result.Seconds,
                }, Json));
            }

            return result.Evaluation is null ? 1 : 0;
        });
        return command;
    }
}
