using System.CommandLine;
using System.Text.Json;
using Matchmaking.Core.Listings.Duplicates;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `eval duplicates [--seed-data DIR] [--threshold T --bands B --rows R]`: precision and recall of the
/// near-duplicate detector on a seed set's planted duplicates, and the time per lookup, as JSON.
/// </summary>
internal static class DuplicateEvalCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var folder = new Option<string>("--seed-data") { Description = "Seed folder with duplicates/ and eval/duplicates/pairs.tsv (seed --out writes one).", DefaultValueFactory = _ => "seed-data" };
        var defaults = new DuplicateOptions();
        var threshold = new Option<double>("--threshold") { Description = "Duplicates:Threshold to measure.", DefaultValueFactory = _ => defaults.Threshold };
        var bands = new Option<int>("--bands") { Description = "Duplicates:Bands to measure.", DefaultValueFactory = _ => defaults.Bands };
        var rows = new Option<int>("--rows") { Description = "Duplicates:Rows to measure.", DefaultValueFactory = _ => defaults.Rows };
        var command = new Command("duplicates", "Measure the duplicate detector's precision, recall and lookup time on the planted seed duplicates.") { folder, threshold, bands, rows };
        command.SetAction(parse =>
        {
            var options = new DuplicateOptions { Threshold = parse.GetValue(threshold), Bands = parse.GetValue(bands), Rows = parse.GetValue(rows) };
            var report = DuplicateEvaluation.Run(CliPath.Resolve(parse.GetValue(folder)!), options);
            Console.WriteLine(JsonSerializer.Serialize(report, Json));
            return 0;
        });
        return command;
    }
}
