using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Embeddings.Training;

namespace Matchmaking.Core.Tests.Embeddings;

/// <summary>The project's own model: trained on a small made-up corpus, exported, run by ONNX Runtime.</summary>
public sealed class LsaTrainerTests : IDisposable
{
    private const int Buckets = 1024;
    private const int Dimension = 8;
    private readonly string folder = Directory.CreateTempSubdirectory("lsa-").FullName;

    private static readonly string[] Battery = ["废旧锂电池", "正极材料", "湿法冶金", "镍钴锰回收", "浸出提锂", "电池拆解"];
    private static readonly string[] Molding = ["注塑件", "缩痕", "保压压力", "模具温度", "塑料熔体", "冷却时间"];

    [Fact]
    public void Train_ExportedGraph_EqualsManagedProjection()
    {
        var texts = Corpus();
        LsaTrainer.Train(texts, folder, "test", Buckets, Dimension);
        var (idf, projection) = LsaTrainer.Fit(texts, Buckets, Dimension, seed: 17);
        using var generator = OnnxEmbeddingGenerator.Load(folder);

        string text = "锂电池正极材料回收中的浸出工艺";
        float[] onnx = generator.Encode([text, "注塑"], query: false)[0];

        var expected = new float[Dimension];
        var (ids, weights) = HashedNgrams.Bag(text, Buckets, []);
        for (int i = 0; i < ids.Length; i++)
        {
            for (int d = 0; d < Dimension; d++)
            {
                expected[d] += weights[i] * idf[ids[i]] * projection[ids[i] * Dimension + d];
            }
        }

        VectorMath.Normalize(expected);
        for (int d = 0; d < Dimension; d++)
        {
            Assert.Equal(expected[d], onnx[d], 1e-4f);
        }
    }

    [Fact]
    public void Train_TwoTopics_SameTopicCloserThanOther()
    {
        // Three dimensions: the shared boilerplate and one per topic, so phrases are related only through their topic.
        LsaTrainer.Train(Corpus(), folder, "test", Buckets, dimension: 3);
        using var generator = OnnxEmbeddingGenerator.Load(folder);

        // Disjoint phrases of one topic: only their co-occurrence in the corpus can relate them.
        var v = generator.Encode(["废旧锂电池，湿法冶金，技术需求", "镍钴锰回收，正极材料，技术需求", "注塑件，缩痕，技术需求"], query: false);

        Assert.True(VectorMath.Cosine(v[0], v[1]) > VectorMath.Cosine(v[0], v[2]) + 0.2f, $"{VectorMath.Cosine(v[0], v[1])} vs {VectorMath.Cosine(v[0], v[2])}");
        Assert.All(v, x => Assert.Equal(1.0, Math.Sqrt(x.Sum(f => (double)f * f)), 4));
    }

    [Fact]
    public void Encode_EmptyText_ZeroVector()
    {
        LsaTrainer.Train(Corpus(), folder, "test", Buckets, Dimension);
        using var generator = OnnxEmbeddingGenerator.Load(folder);

        Assert.All(generator.Encode(["", "。。"], query: false), v => Assert.All(v, f => Assert.Equal(0f, f)));
    }

    [Fact]
    public void Train_Model_SmallAndDescribed()
    {
        var result = LsaTrainer.Train(Corpus(), folder, "test", Buckets, Dimension);

        var descriptor = EmbeddingModelDescriptor.Load(folder);
        Assert.Equal(EmbeddingModelDescriptor.HashedNgramsKind, descriptor.Kind);
        Assert.Equal((Buckets, Dimension), (descriptor.Buckets, descriptor.Dimension));
        Assert.InRange(result.ModelBytes, Buckets * Dimension * 4, Buckets * (Dimension + 1) * 4 + 2048);
    }

    /// <summary>Two topics, sentences made of 3 phrases of one topic each, deterministic.</summary>
    private static List<string> Corpus()
    {
        var random = new Random(3);
        var texts = new List<string>();
        for (int i = 0; i < 120; i++)
        {
            var topic = i % 2 == 0 ? Battery : Molding;
            texts.Add(string.Concat(Enumerable.Range(0, 3).Select(_ => topic[random.Next(topic.Length)] + "，")) + "技术需求");
        }

        return texts;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
