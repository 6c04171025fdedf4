namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// A text's character n-gram TF-IDF vector in the compact form the cosine needs: the distinct n-gram keys
/// sorted (as <see cref="CharNgrams.Compact"/> values), each one's sublinear tf (1 + ln tf) and the
/// vector's norm. The idf is left out: the query side multiplies it in, in the same order as before.
/// </summary>
public sealed class NgramVector(uint[] keys, float[] sublinearTf, float norm)
{
    public static readonly NgramVector Empty = new([], [], 0);

    /// <summary>Distinct n-gram keys in ascending order.</summary>
    public uint[] Keys { get; } = keys;

    /// <summary>1 + ln(tf) of the n-gram at the same position in <see cref="Keys"/>.</summary>
    public float[] SublinearTf { get; } = sublinearTf;

    public float Norm { get; } = norm;

    /// <summary>Approximate managed size, for the cache's accounting.</summary>
    public long Bytes => 64 + Keys.Length * (sizeof(uint) + sizeof(float));
}
