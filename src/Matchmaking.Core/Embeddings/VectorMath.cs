namespace Matchmaking.Core.Embeddings;

/// <summary>The few vector operations embeddings need.</summary>
public static class VectorMath
{
    /// <summary>Scales <paramref name="v"/> to unit length in place; a zero vector (no known token) stays zero.</summary>
    public static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(v));
        if (norm > 0 && float.IsFinite(norm))
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(v, norm, v);
        }
        else
        {
            v.Clear();
        }
    }

    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b) is var c && float.IsFinite(c) ? c : 0f;
}
