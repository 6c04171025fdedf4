using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Search.Rerank;
using Microsoft.Extensions.Options;

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
        var recommendationMode = new Option<string?>("--recommendation-mode") { Description = "lexical or hybrid for --purpose recommendation (default: the configured Search:Rerank:RecommendationMode)." };
        recommendationMode.AcceptOnlyFromAmong("lexical", "hybrid");
        var ranker = new Option<string>("--ranker") { Description = "Scorer folder (model.onnx + ranker.json) for hybrid, or 'none' for the fusion.", DefaultValueFactory = _ => "none" };
        var without = new Option<string[]>("--without") { Description = "Ablations: tfidf, scorer.", AllowMultipleArgumentsPerToken = true };
        var embeddings = new Option<string>("--embeddings") { Description = "Embedding model folder (embedding.json + model.onnx) for the emb_cos feature, or 'none'.", DefaultValueFactory = _ => "none" };
        var embeddingWeight = new Option<double>("--embedding-weight") { Description = "Weight of the embedding cosine in the fusion (0 = feature only).", DefaultValueFactory = _ => 0 };
        var perQuery = new Option<string?>("--per-query") { Description = "Write each query's outcome (first relevant rank, nDCG@10, top 3) as JSON lines to this file, worst first." };
        var engine = new Option<string>("--engine") { Description = "served (the pipeline), peer (plain CJK unigrams + bigrams ORed, BM25: the baseline) or both, on the same queries in one run.", DefaultValueFactory = _ => "served" };
        engine.AcceptOnlyFromAmong("served", "peer", "both");
        var purpose = new Option<string[]>("--purpose") { Description = "search (queries as search-box text, the default) and/or recommendation (as a listing's text for its recommendations); several run over one import.", AllowMultipleArgumentsPerToken = true };
        var variants = new Option<string[]>("--variant") { Description = "Also measure with these query-time settings (\"Search:Key=V,Search:Rerank:Key=V\"), each over the same import; repeatable." };
        var exposure = new Option<bool>("--exposure") { Description = "Also measure with the exposure control off (Search:Exposure:ExposureWeight=0, MaxPerInstitution=0) first: the before row beside the configured one; gini@10 is in every row." };
        var queries = new Option<int>("--queries") { Description = "Only the first N judged queries (0 = all).", DefaultValueFactory = _ => 0 };
        var split = SplitOptions.Create("Evaluate only the documents of fold I (and their queries): the held-out side of train-ranker's split.");
        var command = new Command("eval", "Measure nDCG@10, MRR@10, Recall@1/10/100 and latency of the served pipeline on a BEIR dataset.") { dataset, output, mode, recommendationMode, ranker, without, embeddings, embeddingWeight, perQuery, engine, purpose, variants, exposure, queries, split.Folds, split.Fold };
        command.SetAction(async (parse, ct) =>
        {
            var data = split.Apply(parse, BeirDataset.Load(CliPath.Resolve(parse.GetValue(dataset)!)), complement: false);
            if (parse.GetValue(queries) is > 0 and int first)
            {
                data = data with { Queries = data.Queries.Take(first).ToList() };
            }

            string modeName = parse.GetValue(mode)!;
            string rankerPath = parse.GetValue(ranker)! is "none" ? "" : CliPath.Resolve(parse.GetValue(ranker)!);
            string[] ablations = (parse.GetValue(without) ?? []).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            var settings = new List<string> { $"--Search:Rerank:Mode={(modeName == "hybrid" ? "Hybrid" : "Lexical")}", $"--Search:Rerank:ScorerPath={rankerPath}" };
            settings.AddRange(ablations.Select((a, i) => $"--Search:Rerank:Without:{i}={a}"));
            if (parse.GetValue(recommendationMode) is { } forRecommendations)
            {
                settings.Add($"--Search:Rerank:RecommendationMode={(forRecommendations == "hybrid" ? "Hybrid" : "Lexical")}");
            }

            string embeddingPath = parse.GetValue(embeddings)! is "none" ? "" : CliPath.Resolve(parse.GetValue(embeddings)!);
            double weight = parse.GetValue(embeddingWeight);
            settings.Add($"--Embeddings:ModelPath={embeddingPath}");
            settings.Add($"--Search:Rerank:EmbeddingWeight={weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            string label = modeName == "lexical" ? "lexical" : modeName + (rankerPath.Length > 0 && !ablations.Contains("scorer") && File.Exists(Path.Combine(rankerPath, "model.onnx")) ? "+scorer" : "+fusion") + string.Concat(ablations.Select(a => "-" + a))
                + (embeddingPath.Length > 0 ? $"+emb({Path.GetFileName(embeddingPath)},w={weight})" : "");
            var purposes = (parse.GetValue(purpose) ?? []).SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries))
                .Select(p => Enum.Parse<SearchPurpose>(p, ignoreCase: true)).Distinct().DefaultIfEmpty(SearchPurpose.Search).ToList();
            string engineName = parse.GetValue(engine)!;
            var outcomes = parse.GetValue(perQuery) is null ? null : new List<QueryOutcome>();
            var reports = new List<EvaluationReport>();
            if (engineName != "peer")
            {
                await using var host = await EvalHost.StartAsync(settings, ct);
                var evaluator = host.Services.GetRequiredService<Evaluator>();
                var (ids, indexSeconds) = await evaluator.LoadAsync(data, null, ct);
                string[] changes = [.. parse.GetValue(exposure) ? ["Search:Exposure:ExposureWeight=0,Search:Exposure:MaxPerInstitution=0"] : Array.Empty<string>(), "", .. parse.GetValue(variants) ?? []];
                foreach (var p in purposes)
                {
                    foreach (string change in changes)
                    {
                        string name = (purposes.Count > 1 || p != SearchPurpose.Search ? $"{label}/{p.ToString().ToLowerInvariant()}" : label) + (change.Length > 0 ? $" {change}" : "");
                        using var variant = OptionsVariant.Apply(host.Services, change);
                        if (p == SearchPurpose.Recommendation)
                        {
                            // The rerank step recommendations actually take (Search:Rerank:RecommendationMode, a variant's included).
                            name += $" rerank={host.Services.GetRequiredService<IOptions<RerankOptions>>().Value.ModeFor(p).ToString().ToLowerInvariant()}";
                        }

                        bool last = p == purposes[^1] && change == changes[^1];
                        reports.Add(await evaluator.MeasureLoadedAsync(data, name, ids, indexSeconds, ct, last ? outcomes : null, p));
                        Console.WriteLine(reports[^1].Summary());
                    }
                }
            }

            if (engineName != "served")
            {
                reports.Add(await Evaluator.MeasurePeerAsync(data, engineName == "peer" ? outcomes : null));
                Console.WriteLine(reports[^1].Summary());
            }

            if (parse.GetValue(output) is { } file)
            {
                object written = reports.Count == 1 ? reports[0] : reports;
                await File.WriteAllTextAsync(CliPath.Resolve(file), JsonSerializer.Serialize(written, Json), ct);
            }

            if (outcomes is not null)
            {
                var worstFirst = outcomes.OrderBy(o => o.Ndcg).ThenBy(o => o.QueryId, StringComparer.Ordinal).Select(o => JsonSerializer.Serialize(o, Line));
                await File.WriteAllLinesAsync(CliPath.Resolve(parse.GetValue(perQuery)!), worstFirst, ct);
            }

            return 0;
        });
        command.Subcommands.Add(DuplicateEvalCommand.Create());
        return command;
    }
}
