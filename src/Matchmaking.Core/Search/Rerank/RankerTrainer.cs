using System.Diagnostics;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Trains a LightGBM LambdaRank scorer with ML.NET and writes it as model.onnx + ranker.json, the
/// folder layout <see cref="OnnxScorer"/> loads. Fixed seed and one thread, so the verb reproduces the model.
/// </summary>
public static class RankerTrainer
{
    public sealed record Result(ScorerDescriptor Descriptor, double Seconds);

    public static Result Train(IReadOnlyList<RankingGroup> groups, IReadOnlyList<string> features, IReadOnlyList<string> trainedOn, string outFolder, int trees = 200, int seed = 1)
    {
        var watch = Stopwatch.StartNew();
        int[] columns = features.Select(RerankFeatures.IndexOf).ToArray();
        var ml = new MLContext(seed);
        var rows = new List<Row>();
        for (uint g = 0; g < groups.Count; g++)
        {
            for (int i = 0; i < groups[(int)g].Rows.Count; i++)
            {
                rows.Add(new Row { Label = groups[(int)g].Labels[i], GroupId = g + 1, Features = columns.Select(c => groups[(int)g].Rows[i][c]).ToArray() });
            }
        }

        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns.Length);
        var data = ml.Data.LoadFromEnumerable(rows, schema);

        // The group must be a key for training only; the exported graph then takes Features alone.
        var keyed = ml.Transforms.Conversion.MapValueToKey(nameof(Row.GroupId)).Fit(data).Transform(data);
        var trainer = ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            RowGroupColumnName = nameof(Row.GroupId),
            NumberOfIterations = trees,
            NumberOfLeaves = 31,
            LearningRate = 0.05,
            MinimumExampleCountPerLeaf = 20,
            NumberOfThreads = 1,
            Seed = seed,
        });
        var model = trainer.Fit(keyed);

        Directory.CreateDirectory(outFolder);
        var featuresOnly = ml.Data.LoadFromEnumerable(rows.Take(1).Select(r => new FeaturesOnly { Features = r.Features }), FeaturesSchema(columns.Length));
        using (var stream = File.Create(Path.Combine(outFolder, ScorerDescriptor.ModelFileName)))
        {
            ml.Model.ConvertToOnnx(model, featuresOnly, stream);
        }

        var descriptor = new ScorerDescriptor(ScorerDescriptor.CurrentVersion, [.. features], $"LightGBM LambdaRank, {trees} trees × 31 leaves, ML.NET 5.0.1", [.. trainedOn], groups.Count, rows.Count);
        File.WriteAllText(Path.Combine(outFolder, ScorerDescriptor.FileName), JsonSerializer.Serialize(descriptor, new JsonSerializerOptions { WriteIndented = true }));
        return new Result(descriptor, watch.Elapsed.TotalSeconds);
    }

    private static SchemaDefinition FeaturesSchema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(FeaturesOnly));
        schema[nameof(FeaturesOnly.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    private sealed class Row
    {
        public float Label { get; set; }

        public uint GroupId { get; set; }

        public float[] Features { get; set; } = [];
    }

    private sealed class FeaturesOnly
    {
        public float[] Features { get; set; } = [];
    }
}
