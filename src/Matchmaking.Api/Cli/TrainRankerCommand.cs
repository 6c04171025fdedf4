using System.CommandLine;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `train-ranker --dataset DIR [--dataset DIR …] --out onnx-models/NAME/ [--without tfidf] [--embeddings DIR] [--folds K --fold I]
/// [--purpose recommendation] [--queries N]`: builds each dataset's candidate pools with the served analyze and retrieve
/// steps (as the search box's or a recommendation's text), computes the
/// rerank features, trains LightGBM LambdaRank and writes model.onnx + ranker.json.
/// </summary>
internal static class TrainRankerCommand
{
    public static Command Create()
    {
        var datasets = new Option<string[]>("--dataset") { Description = "BEIR folders with labelled queries (repeatable).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model folder to write (model.onnx, ranker.json).", Required = true };
        var without = new Option<string[]>("--without") { Description = "Feature groups to leave out: tfidf.", AllowMultipleArgumentsPerToken = true };
        var embeddings = new Option<string>("--embeddings") { Description = "Embedding model folder for the emb_cos feature, or 'none'.", DefaultValueFactory = _ => "none" };
        var trees = new Option<int>("--trees") { Description = "Boosting rounds.", DefaultValueFactory = _ => 200 };
        var purpose = new Option<string>("--purpose") { Description = "search (pools as search-box text, the default) or recommendation (as a listing's text for its recommendations).", DefaultValueFactory = _ => "search" };
        purpose.AcceptOnlyFromAmong("search", "recommendation");
        var queries = new Option<int>("--queries") { Description = "Only the first N judged queries of each dataset (0 = all).", DefaultValueFactory = _ => 0 };
        var split = SplitOptions.Create("Train on the documents outside fold I (and their queries), so eval --fold I measures unseen documents.");
        var command = new Command("train-ranker", "Train the rerank scorer (LightGBM LambdaRank → ONNX) on labelled BEIR datasets.") { datasets, output, without, embeddings, trees, purpose, queries, split.Folds, split.Fold };
        command.SetAction(async (parse, ct) =>
        {
            string embeddingPath = parse.GetValue(embeddings)! is "none" ? "" : CliPath.Resolve(parse.GetValue(embeddings)!);
            var purposeValue = Enum.Parse<SearchPurpose>(parse.GetValue(purpose)!, ignoreCase: true);
            var groups = new List<RankingGroup>();
            var names = new List<string>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (string folder in parse.GetValue(datasets)!)
            {
                var data = split.Apply(parse, BeirDataset.Load(CliPath.Resolve(folder)), complement: true);
                if (parse.GetValue(queries) is > 0 and int first)
                {
                    data = data with { Queries = data.Queries.Take(first).ToList() };
                }

                await using var host = await EvalHost.StartAsync(["--Search:Rerank:Mode=Lexical", $"--Embeddings:ModelPath={embeddingPath}"], ct);
                var (ids, _) = await host.Services.GetRequiredService<Evaluator>().LoadAsync(data, null, ct);
                var built = host.Services.GetRequiredService<TrainingSetBuilder>().Build(data, ids, ct, purposeValue);
                Console.WriteLine($"{data.Name}: {data.Corpus.Count} docs, {built.Count} of {data.Queries.Count} queries with a relevant candidate");
                groups.AddRange(built);
                names.Add(data.Name);
            }

            double featureSeconds = watch.Elapsed.TotalSeconds;
            string[] ablations = (parse.GetValue(without) ?? []).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            var features = RerankFeatures.All
                .Where(f => !(ablations.Contains("tfidf") && RerankFeatures.TfidfGroup.Contains(f)))
                .Where(f => f != RerankFeatures.EmbeddingCosine || embeddingPath.Length > 0) // a constant 0 column says nothing
                .ToList();
            string outFolder = CliPath.Resolve(parse.GetValue(output)!);
            var result = RankerTrainer.Train(groups, features, names, outFolder, parse.GetValue(trees));
            Console.WriteLine($"trained on {result.Descriptor.Groups} queries, {result.Descriptor.Rows} rows, {features.Count} features: " +
                $"features {featureSeconds:F1}s, training {result.Seconds:F1}s → {outFolder}");
            return 0;
        });
        return command;
    }
}
