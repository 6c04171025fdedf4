namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// Which slot holds a listing id: open addressing with linear probing over one int array (slot + 1; 0 is empty),
/// the ids themselves read from the detector's id array, so an id costs about 6 bytes at most half full where a
/// Dictionary&lt;Guid, int&gt; entry costs 32 and its table up to twice the count. Deletion shifts the run back
/// instead of leaving tombstones. Not thread-safe: <see cref="DuplicateDetector"/> locks.
/// </summary>
internal sealed class SlotIndex
{
    private int[] table = new int[16];
    private int count;

    public int Count => count;

    /// <summary>The slot holding <paramref name="id"/>, or -1.</summary>
    public int Find(Guid id, Guid[] ids)
    {
        int mask = table.Length - 1;
        for (int at = Home(id, mask); table[at] != 0; at = (at + 1) & mask)
        {
            if (ids[table[at] - 1] == id)
            {
                return table[at] - 1;
            }
        }

        return -1;
    }

    /// <summary>Records that <paramref name="slot"/> holds <c>ids[slot]</c>, an id not held yet.</summary>
    public void Add(int slot, Guid[] ids)
    {
        if ((count + 1) * 2 > table.Length)
        {
            var old = table;
            table = new int[old.Length * 2];
            foreach (int entry in old)
            {
                if (entry != 0)
                {
                    Place(entry, ids);
                }
            }
        }

        Place(slot + 1, ids);
        count++;
    }

    /// <summary>Forgets <paramref name="id"/> (still in <paramref name="ids"/> at its slot) and returns its slot, or -1.</summary>
    public int Remove(Guid id, Guid[] ids)
    {
        int mask = table.Length - 1;
        int hole = Home(id, mask);
        while (table[hole] != 0 && ids[table[hole] - 1] != id)
        {
            hole = (hole + 1) & mask;
        }

        if (table[hole] == 0)
        {
            return -1;
        }

        int slot = table[hole] - 1;
        for (int at = (hole + 1) & mask; table[at] != 0; at = (at + 1) & mask)
        {
            // An entry moves back into the hole unless its home lies cyclically after the hole, up to where it is.
            int home = Home(ids[table[at] - 1], mask);
            bool stays = hole < at ? hole < home && home <= at : hole < home || home <= at;
            if (!stays)
            {
                table[hole] = table[at];
                hole = at;
            }
        }

        table[hole] = 0;
        count--;
        return slot;
    }

    private static int Home(Guid id, int mask) => (int)(MinHash.Mix((uint)id.GetHashCode()) & (uint)mask);

    private void Place(int entry, Guid[] ids)
    {
        int mask = table.Length - 1;
        int at = Home(ids[entry - 1], mask);
        while (table[at] != 0)
        {
            at = (at + 1) & mask;
        }

        table[at] = entry;
    }
}
