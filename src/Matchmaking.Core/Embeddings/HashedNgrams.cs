using System.Runtime.InteropServices;
using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// The input of the project's own embedding model: character 1+2-grams (as the TF-IDF feature sees
/// them) hashed into a power-of-two number of buckets, each with a sublinear count 1 + ln tf. Hashing
/// keeps the model a fixed size whatever the vocabulary; collisions cost little after the projection.
/// </summary>
public static class HashedNgrams
{
    /// <summary>Distinct buckets of <paramref name="text"/> and their weights 1 + ln tf, in first-seen order.</summary>
    public static (int[] Buckets, float[] Weights) Bag(string text, int buckets, List<long> scratch)
    {
        if (buckets <= 0 || (buckets & (buckets - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(buckets), buckets, "must be a power of two");
        }

        scratch.Clear();
        CharNgrams.Keys(text, scratch);
        int shift = 64 - System.Numerics.BitOperations.Log2((uint)buckets);
        var counts = new Dictionary<int, int>(scratch.Count);
        foreach (long key in scratch)
        {
            // Fibonacci hashing: the keys are dense small integers, the multiply spreads them over the buckets.
            int bucket = shift == 64 ? 0 : (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);
            CollectionsMarshal.GetValueRefOrAddDefault(counts, bucket, out _)++;
        }

        var ids = new int[counts.Count];
        var weights = new float[counts.Count];
        int i = 0;
        foreach (var (bucket, tf) in counts)
        {
            ids[i] = bucket;
            weights[i++] = 1f + MathF.Log(tf);
        }

        return (ids, weights);
    }
}
