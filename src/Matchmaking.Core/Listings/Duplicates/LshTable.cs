namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// LSH buckets as chains through flat arrays: one bucket key per band of a slot, a dictionary from key to
/// the chain's first slot, and per (slot, band) the next slot. A listing costs one dictionary entry and one
/// int per band rather than a list object per bucket, which at a million listings is the difference
/// between hundreds of megabytes and gigabytes. Not thread-safe: <see cref="DuplicateDetector"/> locks.
/// </summary>
internal sealed class LshTable(int bands)
{
    private const int End = -1;
    private readonly Dictionary<uint, int> heads = [];
    private int[] next = [];

    public int Bands => bands;

    public void Add(int slot, ReadOnlySpan<uint> keys)
    {
        EnsureCapacity(slot);
        for (int band = 0; band < keys.Length; band++)
        {
            next[(slot * bands) + band] = heads.TryGetValue(keys[band], out int head) ? head : End;
            heads[keys[band]] = slot;
        }
    }

    public void Remove(int slot, ReadOnlySpan<uint> keys)
    {
        for (int band = 0; band < keys.Length; band++)
        {
            uint key = keys[band];
            if (!heads.TryGetValue(key, out int current))
            {
                continue;
            }

            int link = (slot * bands) + band;
            if (current == slot)
            {
                if (next[link] == End)
                {
                    heads.Remove(key);
                }
                else
                {
                    heads[key] = next[link];
                }

                continue;
            }

            // Chains are short (a bucket holds the listings that agree on a whole band), so a walk is cheap.
            while (current != End)
            {
                int at = (current * bands) + band;
                if (next[at] == slot)
                {
                    next[at] = next[link];
                    break;
                }

                current = next[at];
            }
        }
    }

    /// <summary>Every slot sharing a bucket with <paramref name="keys"/>, possibly more than once.</summary>
    public void Collect(ReadOnlySpan<uint> keys, HashSet<int> into)
    {
        for (int band = 0; band < keys.Length; band++)
        {
            if (!heads.TryGetValue(keys[band], out int current))
            {
                continue;
            }

            while (current != End)
            {
                into.Add(current);
                current = next[(current * bands) + band];
            }
        }
    }

    private void EnsureCapacity(int slot)
    {
        int needed = (slot + 1) * bands;
        if (needed > next.Length)
        {
            Array.Resize(ref next, Math.Max(needed, next.Length * 2));
        }
    }
}
