using FastBertTokenizer;
using Matchmaking.Core.Embeddings;
using Microsoft.Extensions.AI;

namespace Matchmaking.Core.Tests.Embeddings;

/// <summary>
/// The BERT path on a real model (all-MiniLM-L6-v2, ONNX Runtime): properties that fail if tokenizing,
/// masking, pooling or normalising were wrong, since no independent runtime is available here.
/// </summary>
public sealed class BertOnnxEncoderTests(MiniLmModel model) : IClassFixture<MiniLmModel>
{
    [Fact]
    public async Task GenerateAsync_AnyText_UnitVectorOf384()
    {
        var embeddings = await model.Generator.GenerateAsync(["The cat sits on the mat.", "锂电池回收"]);

        Assert.All(embeddings, e => Assert.Equal(384, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(1.0, Norm(e.Vector.Span), 4));
    }

    [Fact]
    public async Task GenerateAsync_SameTextTwice_CosineOne()
    {
        var embeddings = await model.Generator.GenerateAsync(["A man is playing a guitar.", "A man is playing a guitar."]);

        Assert.Equal(1.0, VectorMath.Cosine(embeddings[0].Vector.Span, embeddings[1].Vector.Span), 5);
    }

    [Fact]
    public async Task GenerateAsync_Paraphrase_CloserThanUnrelated()
    {
        var e = await model.Generator.GenerateAsync([
            "How do I recycle old lithium batteries?",
            "What is the way to reuse spent lithium-ion cells?",
            "The football match ended in a draw yesterday.",
        ]);

        float paraphrase = VectorMath.Cosine(e[0].Vector.Span, e[1].Vector.Span);
        float unrelated = VectorMath.Cosine(e[0].Vector.Span, e[2].Vector.Span);
        Assert.True(paraphrase > unrelated + 0.3f, $"paraphrase {paraphrase} vs unrelated {unrelated}");
    }

    [Fact]
    public void Encode_PaddedInABatch_EqualsAlone()
    {
        string shortText = "Injection molding sink marks.";
        string longText = "Sink marks appear on thick sections of injection molded parts when the melt shrinks while cooling and the packing pressure is too low.";

        float[] alone = model.Generator.Encode([shortText], query: false)[0];
        float[][] batch = model.Generator.Encode([longText, shortText, "x"], query: false);

        for (int i = 0; i < alone.Length; i++)
        {
            Assert.Equal(alone[i], batch[1][i], 1e-5f);
        }
    }

    [Fact]
    public void Tokenizer_Vocabulary_ReferenceIdsAndOneTokenPerCjkChar()
    {
        var tokenizer = new BertTokenizer();
        using (var reader = File.OpenText(Path.Combine(model.Folder, "vocab.txt")))
        {
            tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        // bert-base-uncased ids, as the Hugging Face reference tokenizer gives them.
        Assert.Equal([101L, 7592, 2088, 102], tokenizer.Encode("Hello world").InputIds.ToArray());

        // Every CJK character is split off on its own (BERT's _tokenize_chinese_chars): 4 chars + CLS + SEP.
        Assert.Equal(6, tokenizer.Encode("锂电池回").InputIds.Length);
    }

    [Fact]
    public void GetService_Metadata_DescribesModel()
    {
        var metadata = model.Generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.Equal("all-MiniLM-L6-v2", metadata?.DefaultModelId);
        Assert.Equal(384, metadata?.DefaultModelDimensions);
    }

    private static double Norm(ReadOnlySpan<float> v) => Math.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(v));
}
