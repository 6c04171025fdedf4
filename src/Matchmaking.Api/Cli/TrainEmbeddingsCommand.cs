using System.CommandLine;
using System.Diagnostics;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Embeddings.Training;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `train-embeddings --corpus seed-data --out onnx-models/listing-embed [--buckets N --dimension D]`:
/// trains the project's own embedding model on the corpus's listings (never queries or labels),
/// exports model.onnx + embedding.json, then reloads it through ONNX Runtime and times encoding.
/// </summary>
internal static class TrainEmbeddingsCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of listing *.jsonl files (seed-data) or a BEIR folder (its corpus.jsonl only).", DefaultValueFactory = _ => "seed-data" };
        var output = new Option<string>("--out") { Description = "Model folder to write (model.onnx, embedding.json).", DefaultValueFactory = _ => "onnx-models/listing-embed" };
        var buckets = new Option<int>("--buckets") { Description = "Hash buckets (power of two).", DefaultValueFactory = _ => 16384 };
        var dimension = new Option<int>("--dimension") { Description = "Embedding dimension.", DefaultValueFactory = _ => 64 };
        var command = new Command("train-embeddings", "Train the listing embedding model (hashed char n-grams → idf → LSA projection) and export it to ONNX.") { corpus, output, buckets, dimension };
        command.SetAction(parse =>
        {
            string folder = CliPath.Resolve(parse.GetValue(corpus)!);
            var texts = ListingTexts.Read(folder);
            string outFolder = CliPath.Resolve(parse.GetValue(output)!);
            var result = LsaTrainer.Train(texts, outFolder, Path.GetFileName(folder), parse.GetValue(buckets), parse.GetValue(dimension));
            Console.WriteLine($"trained on {result.Documents:N0} listings in {result.Seconds:F1}s → {outFolder} ({result.ModelBytes / 1024.0 / 1024.0:F1} MiB)");

            using var generator = OnnxEmbeddingGenerator.Load(outFolder, batchSize: 64);
            generator.Encode(texts.Take(64).ToList(), query: false);
            var watch = Stopwatch.StartNew();
            generator.Encode(texts, query: false);
            double seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"encoded {texts.Count:N0} listings in {seconds:F2}s: {texts.Count / seconds:N0} docs/s " +
                $"(avg {texts.Average(t => t.Length):F0} chars, {Environment.ProcessorCount} cores)");
            return 0;
        });
        return command;
    }
}
