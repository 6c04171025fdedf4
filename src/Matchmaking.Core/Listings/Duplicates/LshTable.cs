namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// LSH buckets in flat arrays, with no object per listing or per bucket. Slot s's band keys sit at
/// s × <see cref="Width"/> in one array. <see cref="Build"/> files every live slot by a counting sort into one
/// array of slot ordinals, band after band, with a directory per band over the keys' high bits and each entry's
/// low 16 key bits beside it: a lookup reads about eight entries a band in place and goes to a slot's keys
/// only when those bits agree (at a million listings high and low bits together are the whole key). Slots set
/// after a build go to a small overflow (chains through an entry pool) until it outgrows a sixteenth of the
/// built part, when the build is redone. A built entry is checked against its slot's current keys, so a slot
/// cleared and set again since needs no rewrite. Keys are per band: a key matches only the same band's key.
/// Not thread-safe: <see cref="DuplicateDetector"/> locks.
/// </summary>
internal sealed class LshTable
{
    private const int End = -1;

    // The count byte of a slot: its number of keys (0 = free), and this bit when it is filed in the overflow.
    private const byte InOverflow = 0x80;

    // Below this many overflow slots a rebuild is never worth its pass over the table.
    private const int MinimumOverflow = 4_096;

    private readonly int width;
    private uint[] keys = [];
    private byte[] counts = [];
    private int slots;

    private int[] members = [];
    private ushort[] fragments = [];
    private int[] directory;
    private int cellBits;
    private int built;

    private readonly Dictionary<ulong, int> heads = [];
    private int[] entrySlot = [];
    private int[] entryNext = [];
    private int entries;
    private int freeEntry = End;
    private int overflowSlots;

    /// <param name="width">The most keys a slot has (the detector's bands and the patent number's bucket).</param>
    public LshTable(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 64);
        this.width = width;
        directory = new int[width * 2];
    }

    public int Width => width;

    /// <summary>Slots filed in the overflow, set since the last <see cref="Build"/>.</summary>
    public int OverflowCount => overflowSlots;

    /// <summary>The keys <paramref name="slot"/> was set with; empty for a free slot.</summary>
    public ReadOnlySpan<uint> Keys(int slot) =>
        slot < slots ? keys.AsSpan(slot * width, counts[slot] & ~InOverflow) : [];

    /// <summary>Stores a free slot's keys for the next <see cref="Build"/>, which a bulk load calls once at the end.</summary>
    public void Load(int slot, ReadOnlySpan<uint> slotKeys) => Store(slot, slotKeys, bulk: true);

    /// <summary>Stores a free slot's keys and files them in the overflow, so that it is found at once.</summary>
    public void Set(int slot, ReadOnlySpan<uint> slotKeys)
    {
        Store(slot, slotKeys, bulk: false);
        for (int band = 0; band < slotKeys.Length; band++)
        {
            ulong key = Key(band, slotKeys[band]);
            int entry = NewEntry(slot);
            entryNext[entry] = heads.TryGetValue(key, out int head) ? head : End;
            heads[key] = entry;
        }

        counts[slot] |= InOverflow;
        if (++overflowSlots > Math.Max(MinimumOverflow, built / 16))
        {
            Build();
        }
    }

    /// <summary>Frees a slot: it is found no more, and may be set again.</summary>
    public void Clear(int slot)
    {
        if (slot >= slots || counts[slot] == 0)
        {
            return;
        }

        if ((counts[slot] & InOverflow) != 0)
        {
            Unfile(slot);
            overflowSlots--;
        }

        counts[slot] = 0;
    }

    /// <summary>Files every live slot in the built part and empties the overflow: one pass per band, no sort by comparison.</summary>
    public void Build()
    {
        int live = 0;
        for (int slot = 0; slot < slots; slot++)
        {
            live += counts[slot] == 0 ? 0 : 1;
        }

        Trim();
        for (int slot = 0; slot < slots; slot++)
        {
            counts[slot] &= unchecked((byte)~InOverflow);
        }

        cellBits = Math.Min(26, live <= 8 ? 0 : (int)Math.Ceiling(Math.Log2(live / 8.0)));
        int cells = 1 << cellBits;
        var filed = new int[width];
        for (int slot = 0; slot < slots; slot++)
        {
            for (int band = 0; band < counts[slot]; band++)
            {
                filed[band]++;
            }
        }

        members = new int[filed.Sum()];
        fragments = new ushort[members.Length];
        directory = new int[width * (cells + 1)];
        var cursor = new int[cells];
        int start = 0;
        for (int band = 0; band < width; band++)
        {
            // Counting sort by cell: count, prefix sums into the directory, then place.
            var cellStarts = directory.AsSpan(band * (cells + 1), cells + 1);
            for (int slot = 0; slot < slots; slot++)
            {
                if (counts[slot] > band)
                {
                    cellStarts[Cell(keys[(slot * width) + band]) + 1]++;
                }
            }

            cellStarts[0] = start;
            for (int cell = 0; cell < cells; cell++)
            {
                cellStarts[cell + 1] += cellStarts[cell];
            }

            cellStarts[..cells].CopyTo(cursor);
            for (int slot = 0; slot < slots; slot++)
            {
                if (counts[slot] > band)
                {
                    uint key = keys[(slot * width) + band];
                    int at = cursor[Cell(key)]++;
                    (members[at], fragments[at]) = (slot, (ushort)key);
                }
            }

            start += filed[band];
        }

        heads.Clear();
        heads.TrimExcess();
        (entrySlot, entryNext, entries, freeEntry, overflowSlots, built) = ([], [], 0, End, 0, live);
    }

    /// <summary>Every live slot with a key equal to one of <paramref name="query"/>'s in the same band, possibly more than once.</summary>
    public void Collect(ReadOnlySpan<uint> query, HashSet<int> into)
    {
        int cells = 1 << cellBits;
        for (int band = 0; band < query.Length; band++)
        {
            uint key = query[band];
            int cell = (band * (cells + 1)) + Cell(key);
            for (int i = directory[cell]; i < directory[cell + 1]; i++)
            {
                if (fragments[i] != (ushort)key)
                {
                    continue;
                }

                // The slot's current keys decide: it may have been cleared, or set again with others, since the build.
                int slot = members[i];
                if ((counts[slot] & ~InOverflow) > band && keys[(slot * width) + band] == key)
                {
                    into.Add(slot);
                }
            }

            if (heads.TryGetValue(Key(band, key), out int entry))
            {
                for (; entry != End; entry = entryNext[entry])
                {
                    into.Add(entrySlot[entry]);
                }
            }
        }
    }

    private static ulong Key(int band, uint key) => ((ulong)(uint)band << 32) | key;

    private int Cell(uint key) => (int)((ulong)key >> (32 - cellBits));

    /// <summary>
    /// Slot arrays grow by half while a bulk load streams in (amortised copies), and are trimmed to size by its
    /// build; after that by an eighth, so that one publish on a million listings does not add half a million slots.
    /// </summary>
    internal static int Grown(int slot, bool bulk) => Math.Max(64, slot + 1 + (slot / (bulk ? 2 : 8)));

    private void Store(int slot, ReadOnlySpan<uint> slotKeys, bool bulk)
    {
        ArgumentOutOfRangeException.ThrowIfZero(slotKeys.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slotKeys.Length, width);
        if (slot < slots && counts[slot] != 0)
        {
            throw new InvalidOperationException($"Slot {slot} is set; clear it first.");
        }

        if (slot >= keys.Length / width)
        {
            int capacity = Grown(slot, bulk);
            Array.Resize(ref keys, capacity * width);
            Array.Resize(ref counts, capacity);
        }

        slotKeys.CopyTo(keys.AsSpan(slot * width));
        counts[slot] = (byte)slotKeys.Length;
        slots = Math.Max(slots, slot + 1);
    }

    private void Unfile(int slot)
    {
        var slotKeys = Keys(slot);
        for (int band = 0; band < slotKeys.Length; band++)
        {
            ulong key = Key(band, slotKeys[band]);
            int previous = End;
            for (int entry = heads[key]; entry != End; previous = entry, entry = entryNext[entry])
            {
                if (entrySlot[entry] != slot)
                {
                    continue;
                }

                if (previous != End)
                {
                    entryNext[previous] = entryNext[entry];
                }
                else if (entryNext[entry] == End)
                {
                    heads.Remove(key);
                }
                else
                {
                    heads[key] = entryNext[entry];
                }

                entryNext[entry] = freeEntry;
                freeEntry = entry;
                break;
            }
        }
    }

    private int NewEntry(int slot)
    {
        int entry = freeEntry;
        if (entry != End)
        {
            freeEntry = entryNext[entry];
        }
        else
        {
            entry = entries++;
            if (entry == entrySlot.Length)
            {
                Array.Resize(ref entrySlot, Math.Max(256, entry * 2));
                Array.Resize(ref entryNext, entrySlot.Length);
            }
        }

        entrySlot[entry] = slot;
        return entry;
    }

    // The slack of a bulk load's growth is given back at its build when it is large: a trim copies the array, and
    // at a million listings that copy (not the slack) would set the peak.
    private void Trim()
    {
        if (keys.Length / width > slots + (slots / 8) + 64)
        {
            Array.Resize(ref keys, slots * width);
            Array.Resize(ref counts, slots);
        }
    }
}
