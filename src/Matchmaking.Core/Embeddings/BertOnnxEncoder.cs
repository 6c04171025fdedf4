using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// A standard BERT-family export (input_ids, attention_mask[, token_type_ids] → last_hidden_state) with
/// WordPiece from FastBertTokenizer, which splits each CJK character into its own token as BERT's
/// reference tokenizer does. Batches are padded to their longest member, not to MaxLength.
/// </summary>
internal sealed class BertOnnxEncoder : ITextEncoder
{
    private readonly EmbeddingModelDescriptor descriptor;
    private readonly BertTokenizer tokenizer = new();
    private readonly System.Threading.Lock tokenizerGate = new();
    private readonly InferenceSession session;
    private readonly bool hasTokenTypes;
    private readonly string output;

    public BertOnnxEncoder(string folder, EmbeddingModelDescriptor descriptor, SessionOptions? sessionOptions)
    {
        this.descriptor = descriptor;
        string vocabulary = Path.Combine(folder, descriptor.Vocabulary ?? "vocab.txt");
        if (vocabulary.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(vocabulary);
            tokenizer.LoadTokenizerJson(stream);
        }
        else
        {
            using var reader = File.OpenText(vocabulary);
            tokenizer.LoadVocabulary(reader, descriptor.LowerCase);
        }

        session = sessionOptions is null ? new InferenceSession(Path.Combine(folder, descriptor.Model)) : new InferenceSession(Path.Combine(folder, descriptor.Model), sessionOptions);
        hasTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        output = session.OutputMetadata.ContainsKey("last_hidden_state") ? "last_hidden_state" : session.OutputNames[0];
    }

    public int Dimension => descriptor.Dimension;

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        int n = texts.Count;
        if (n == 0)
        {
            return [];
        }

        int max = descriptor.MaxLength;
        var ids = new long[n * max];
        var mask = new long[n * max];
        int longest = 1;
        lock (tokenizerGate)
        {
            for (int i = 0; i < n; i++)
            {
                int count = tokenizer.Encode(texts[i], ids.AsSpan(i * max, max), mask.AsSpan(i * max, max), null);
                longest = Math.Max(longest, count);
            }
        }

        // Compact the rows to the batch's longest sequence: attention cost is quadratic in length.
        int length = longest;
        var batchIds = new long[n * length];
        var batchMask = new long[n * length];
        for (int i = 0; i < n; i++)
        {
            ids.AsSpan(i * max, length).CopyTo(batchIds.AsSpan(i * length));
            mask.AsSpan(i * max, length).CopyTo(batchMask.AsSpan(i * length));
        }

        long[] shape = [n, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(batchIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(batchMask, shape);
        using var typesValue = hasTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[n * length], shape) : null;
        var names = new List<string> { "input_ids", "attention_mask" };
        var values = new List<OrtValue> { idsValue, maskValue };
        if (typesValue is not null)
        {
            names.Add("token_type_ids");
            values.Add(typesValue);
        }

        using var runOptions = new RunOptions();
        using var results = session.Run(runOptions, names, values, [output]);
        return Pool(results[0], batchMask, n, length);
    }

    private float[][] Pool(OrtValue hidden, long[] mask, int n, int length)
    {
        var shape = hidden.GetTensorTypeAndShape().Shape;
        var data = hidden.GetTensorDataAsSpan<float>();
        int dim = (int)shape[^1];
        var vectors = new float[n][];
        for (int i = 0; i < n; i++)
        {
            var v = new float[dim];
            if (shape.Length == 2)
            {
                data.Slice(i * dim, dim).CopyTo(v);
            }
            else if (descriptor.Pooling == "cls")
            {
                data.Slice(i * length * dim, dim).CopyTo(v);
            }
            else
            {
                int count = 0;
                for (int t = 0; t < length; t++)
                {
                    if (mask[i * length + t] != 0)
                    {
                        System.Numerics.Tensors.TensorPrimitives.Add(v, data.Slice((i * length + t) * dim, dim), v);
                        count++;
                    }
                }

                System.Numerics.Tensors.TensorPrimitives.Divide(v, Math.Max(count, 1), v);
            }

            if (descriptor.Normalize)
            {
                VectorMath.Normalize(v);
            }

            vectors[i] = v;
        }

        return vectors;
    }

    public void Dispose() => session.Dispose();
}
