namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// MinHash signatures of a text's character shingles: value i is the least of hash_i over the shingles,
/// so two signatures agree at i with probability equal to the Jaccard similarity of the shingle sets.
/// One 64-bit hash per shingle, then a multiply-add per signature value (multiply-shift hashing): about
/// k multiplications per character, no allocation but the signature.
/// </summary>
public static class MinHash
{
    private const int MaxLength = 256;
    private static readonly ulong[] Multipliers = Constants(0x5DEECE66DUL);
    private static readonly ulong[] Addends = Constants(0x2545F4914F6CDD1DUL);

    public static uint[] Signature(string text, int shingleLength, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);
        var signature = new uint[length];
        Array.Fill(signature, uint.MaxValue);
        int n = Math.Min(shingleLength, text.Length);
        for (int start = 0; n > 0 && start + n <= text.Length; start++)
        {
            ulong h = Mix(Hash(text.AsSpan(start, n)));
            for (int i = 0; i < length; i++)
            {
                uint value = (uint)(((h * Multipliers[i]) + Addends[i]) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>The share of positions where two signatures agree: an unbiased estimate of the Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return a.Length == 0 ? 0 : (double)same / a.Length;
    }

    /// <summary>
    /// The low 16 bits of each value are kept for the similarity estimate (b-bit MinHash): two different
    /// minima collide with probability 1/65,536, and the stored signature takes half the memory.
    /// </summary>
    public static ushort[] Compact(uint[] signature) => Array.ConvertAll(signature, v => (ushort)v);

    /// <summary>
    /// One bucket key per band: the band's values hashed together, the band's number in the low 6 bits, so
    /// that a key names its band (the bucket chains are per band) and only listings of one band collide.
    /// </summary>
    public static uint BandKey(ReadOnlySpan<uint> signature, int band, int rows)
    {
        ulong h = (ulong)(band + 1) * 0x9E3779B97F4A7C15UL;
        foreach (uint v in signature.Slice(band * rows, rows))
        {
            h = Mix(h ^ v);
        }

        return ((uint)(h >> 32) & ~63u) | (uint)band;
    }

    internal static ulong Hash(ReadOnlySpan<char> chars)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in chars)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return h;
    }

    internal static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] Constants(ulong seed)
    {
        var values = new ulong[MaxLength];
        for (int i = 0; i < values.Length; i++)
        {
            seed = Mix(seed);
            values[i] = seed | 1;
        }

        return values;
    }
}
