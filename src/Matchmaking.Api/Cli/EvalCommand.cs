using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Core.Search.Evaluation;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `eval --dataset DIR --out FILE.json [--mode lexical|hybrid] [--ranker DIR|none] [--without tfidf,embedding,scorer] [--embeddings DIR --embedding-weight W]
/// [--folds K --fold I]`: runs the served pipeline on a BEIR dataset in a temporary database and index,
/// leaving the service's own data untouched.
/// </summary>
internal static class EvalCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly JsonSerializerOptions Line = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "BEIR folder: corpus.jsonl, queries.jsonl, qrels/test.tsv.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the report as JSON to this file." };
        var mode = new Option<string>("--mode") { Description = "lexical (the served default: BM25 order plus constraint boosts) or hybrid (features, scored by the ONNX ranker or fused).", DefaultValueFactory = _ => "lexical" };
        mode.AcceptOnlyFromAmong("lexical", "hybrid");
        var ranker = new Option<string>("--ranker") { Description = "Scorer folder (model.onnx + ranker.json) for hybrid, or 'none' for the fusion.", DefaultValueFactory = _ => "none" };
        var without = new Option<string[]>("--without") { Description = "Ablations: tfidf, scorer.", AllowMultipleArgumentsPerToken = true };
        var embeddings = new Option<string>("--embeddings") { Description = "Embedding model folder (embedding.json + model.onnx) for the emb_cos feature, or 'none'.", DefaultValueFactory = _ => "none" };
        var embeddingWeight = new Option<double>("--embedding-weight") { Description = "Weight of the embedding cosine in the fusion (0 = feature only).", DefaultValueFactory = _ => 0 };
        var perQuery = new Option<string?>("--per-query") { Description = "Write each query's outcome (first relevant rank, nDCG@10, top 3) as JSON lines to this file, worst first." };
        var split = SplitOptions.Create("Evaluate only the documents of fold I (and their queries): the held-out side of train-ranker's split.");
        var command = new Command("eval", "Measure nDCG@10, MRR@10, Recall@1/10/100 and latency of the served pipeline on a BEIR dataset.") { dataset, output, mode, ranker, without, embeddings, embeddingWeight, perQuery, split.Folds, split.Fold };
        command.SetAction(async (parse, ct) =>
        {
            var data = split.Apply(parse, BeirDataset.Load(CliPath.Resolve(parse.GetValue(dataset)!)), complement: false);
            string modeName = parse.GetValue(mode)!;
            string rankerPath = parse.GetValue(ranker)! is "none" ? "" : CliPath.Resolve(parse.GetValue(ranker)!);
            string[] ablations = (parse.GetValue(without) ?? []).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            var settings = new List<string> { $"--Search:Rerank:Mode={(modeName == "hybrid" ? "Hybrid" : "Lexical")}", $"--Search:Rerank:ScorerPath={rankerPath}" };
            settings.AddRange(ablations.Select((a, i) => $"--Search:Rerank:Without:{i}={a}"));
            string embeddingPath = parse.GetValue(embeddings)! is "none" ? "" : CliPath.Resolve(parse.GetValue(embeddings)!);
            double weight = parse.GetValue(embeddingWeight);
            settings.Add($"--Embeddings:ModelPath={embeddingPath}");
            settings.Add($"--Search:Rerank:EmbeddingWeight={weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            await using var host = await EvalHost.StartAsync(settings, ct);
            string label = modeName == "lexical" ? "lexical" : modeName + (rankerPath.Length > 0 && !ablations.Contains("scorer") && File.Exists(Path.Combine(rankerPath, "model.onnx")) ? "+scorer" : "+fusion") + string.Concat(ablations.Select(a => "-" + a))
                + (embeddingPath.Length > 0 ? $"+emb({Path.GetFileName(embeddingPath)},w={weight})" : "");
            var outcomes = parse.GetValue(perQuery) is null ? null : new List<QueryOutcome>();
            var report = await host.Services.GetRequiredService<Evaluator>().RunAsync(data, label, null, ct, outcomes);
            Console.WriteLine(report.Summary());
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(CliPath.Resolve(file), JsonSerializer.Serialize(report, Json), ct);
            }

            if (outcomes is not null)
            {
                var worstFirst = outcomes.OrderBy(o => o.Ndcg).ThenBy(o => o.QueryId, StringComparer.Ordinal).Select(o => JsonSerializer.Serialize(o, Line));
                await File.WriteAllLinesAsync(CliPath.Resolve(parse.GetValue(perQuery)!), worstFirst, ct);
            }

            return 0;
        });
        return command;
    }
}
