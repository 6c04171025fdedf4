using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Core.Tests.Search.Rerank;

/// <summary>A real LightGBM model trained by ML.NET, exported to ONNX and run by ONNX Runtime.</summary>
public sealed class OnnxScorerTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mm-ranker-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Score_TrainedOnSyntheticGroups_RanksRelevantRowFirst()
    {
        var train = Groups(seed: 1, count: 200);
        string[] features = [RerankFeatures.Bm25Relative, RerankFeatures.Tfidf, RerankFeatures.WordCoverage];
        RankerTrainer.Train(train, features, ["synthetic"], folder, trees: 30);

        using var scorer = OnnxScorer.TryLoad(folder);
        Assert.NotNull(scorer);
        Assert.Equal(features, scorer.Descriptor.Features);
        var test = Groups(seed: 2, count: 50);
        int top1 = test.Count(g =>
        {
            float[] scores = scorer.Score(g.Rows);
            return g.Labels[Array.IndexOf(scores, scores.Max())] > 0;
        });

        // The relevant row is planted by tfidf, which BM25 alone misses half the time.
        Assert.True(top1 >= 45, $"relevant row first in {top1} of 50 groups");
    }

    [Fact]
    public void TryLoad_EmptyFolder_ReturnsNull()
    {
        Directory.CreateDirectory(folder);
        Assert.Null(OnnxScorer.TryLoad(folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<RankingGroup> Groups(int seed, int count)
    {
        var random = new Random(seed);
        var groups = new List<RankingGroup>();
        for (int g = 0; g < count; g++)
        {
            var rows = new List<float[]>();
            var labels = new List<float>();
            for (int i = 0; i < 20; i++)
            {
                bool relevant = i == 7;
                var row = new float[RerankFeatures.All.Length];
                row[RerankFeatures.IndexOf(RerankFeatures.Bm25Relative)] = random.NextSingle();
                row[RerankFeatures.IndexOf(RerankFeatures.Tfidf)] = relevant ? 0.6f + 0.4f * random.NextSingle() : 0.5f * random.NextSingle();
                row[RerankFeatures.IndexOf(RerankFeatures.WordCoverage)] = random.NextSingle();
                rows.Add(row);
                labels.Add(relevant ? 1 : 0);
            }

            groups.Add(new RankingGroup($"q{g}", rows, labels));
        }

        return groups;
    }
}
