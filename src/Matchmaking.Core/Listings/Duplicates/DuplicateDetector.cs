using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// This node's near-duplicate detector: a MinHash signature per achievement and demand in LSH buckets, in
/// memory, derived from the same documents the Lucene index applies (so every node keeps its own, rebuilt
/// at start and on a rebuild, updated with each catch-up). A lookup reads only the buckets of its own
/// bands — sub-linear in the number of listings — and verifies each candidate on its signature. Listings
/// live in slots of flat arrays (signatures, ids, kinds, patent numbers; band keys in <see cref="LshTable"/>),
/// about 500 bytes a listing at a million (1,040 as an object per listing).
/// </summary>
public sealed class DuplicateDetector(IOptions<DuplicateOptions> options)
{
    private readonly DuplicateOptions options = options.Value;
    private readonly System.Threading.Lock gate = new();
    private State state = new(options.Value);

    public bool Enabled => options.Enabled;

    /// <summary>How many listings the detector holds.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return state.Count;
            }
        }
    }

    /// <summary>Replaces everything with <paramref name="documents"/> (a start); lookups see the old set until the swap.</summary>
    public int Reset(IEnumerable<ListingDocument> documents) => Feeding(documents).Count();

    /// <summary>
    /// Passes <paramref name="documents"/> through while building a fresh set from them, and switches to it
    /// once they are all read: an index rebuild feeds the detector from the one stream it writes, holding no
    /// document in memory (a signature is ~300 bytes; a document's text several kilobytes). The buckets are
    /// built once, at the end, by one counting sort.
    /// </summary>
    public IEnumerable<ListingDocument> Feeding(IEnumerable<ListingDocument> documents)
    {
        var fresh = new State(options);
        foreach (var doc in documents)
        {
            if (Enabled && DuplicateText.Covers(doc.Kind))
            {
                fresh.Put(Entry(doc), filed: false);
            }

            yield return doc;
        }

        fresh.Build();
        lock (gate)
        {
            state = fresh;
        }
    }

    /// <summary>Applies what the index applied: upserts replace a listing's entry, deletes remove it.</summary>
    public void Apply(IReadOnlyCollection<ListingDocument> upserts, IReadOnlyCollection<Guid> deletes)
    {
        if (!Enabled)
        {
            return;
        }

        var entries = upserts.Where(d => DuplicateText.Covers(d.Kind)).Select(Entry).ToList();
        lock (gate)
        {
            foreach (var id in deletes.Concat(upserts.Where(d => !DuplicateText.Covers(d.Kind)).Select(d => d.Id)))
            {
                state.Remove(id);
            }

            foreach (var entry in entries)
            {
                state.Put(entry, filed: true);
            }
        }
    }

    /// <summary>The possible duplicates of an indexed listing, most similar first; empty for one the detector does not hold.</summary>
    public IReadOnlyList<PossibleDuplicate> Find(Guid id)
    {
        lock (gate)
        {
            return state.SlotOf(id) is int slot
                ? Lookup(state, id, state.Kind(slot), state.Signature(slot), state.Table.Keys(slot), state.Patent(slot))
                : [];
        }
    }

    /// <summary>The possible duplicates of a listing as written now (it need not be indexed yet), never itself.</summary>
    public IReadOnlyList<PossibleDuplicate> FindFor(ListingDocument doc)
    {
        if (!Enabled || !DuplicateText.Covers(doc.Kind))
        {
            return [];
        }

        var entry = Entry(doc);
        lock (gate)
        {
            return Lookup(state, entry.Id, entry.Kind, entry.Signature, entry.Keys, entry.Patent);
        }
    }

    private IReadOnlyList<PossibleDuplicate> Lookup(State current, Guid id, ListingKind kind, ReadOnlySpan<ushort> signature, ReadOnlySpan<uint> keys, string? patent)
    {
        var candidates = new HashSet<int>();
        current.Table.Collect(keys, candidates);
        var found = new List<PossibleDuplicate>();
        foreach (int slot in candidates)
        {
            Guid otherId = current.Id(slot);
            if (otherId == id || current.Kind(slot) != kind)
            {
                continue;
            }

            double similarity = MinHash.Similarity(signature, current.Signature(slot));
            if (patent is not null && patent == current.Patent(slot))
            {
                found.Add(new(otherId, kind, similarity, DuplicateReason.SamePatentNumber));
            }
            else if (similarity >= options.Threshold)
            {
                found.Add(new(otherId, kind, similarity, DuplicateReason.SimilarText));
            }
        }

        return [.. found.OrderByDescending(d => d.Similarity).ThenBy(d => d.Id).Take(options.MaxResults)];
    }

    private DuplicateEntry Entry(ListingDocument doc)
    {
        uint[] full = MinHash.Signature(DuplicateText.Of(doc), options.ShingleLength, options.SignatureLength);
        string? patent = DuplicateText.PatentKey(doc.IpNumber);
        var keys = new uint[options.Bands + (patent is null ? 0 : 1)];
        for (int band = 0; band < options.Bands; band++)
        {
            keys[band] = MinHash.BandKey(full, band, options.Rows);
        }

        if (patent is not null)
        {
            // The patent number is one more band: listings that share it meet in its bucket whatever their text.
            keys[^1] = ((uint)(MinHash.Mix(MinHash.Hash(patent)) >> 32) & ~63u) | (uint)options.Bands;
        }

        return new DuplicateEntry(doc.Id, doc.Kind, MinHash.Compact(full), keys, patent);
    }

    private sealed record DuplicateEntry(Guid Id, ListingKind Kind, ushort[] Signature, uint[] Keys, string? Patent);

    /// <summary>
    /// Listings in slots of parallel flat arrays (slot s's signature at s × its length); a freed slot is taken
    /// again by the next listing put, so the arrays grow only with the number of listings held at once.
    /// </summary>
    private sealed class State(DuplicateOptions options)
    {
        private readonly int length = options.SignatureLength;
        private readonly SlotIndex slotOf = new();
        private readonly Stack<int> free = new();
        private ushort[] signatures = [];
        private Guid[] ids = [];
        private byte[] kinds = [];
        private string?[] patents = [];
        private int slots;

        public LshTable Table { get; } = new(options.Bands + 1);

        public int Count => slotOf.Count;

        public int? SlotOf(Guid id) => slotOf.Find(id, ids) is >= 0 and int slot ? slot : null;

        public Guid Id(int slot) => ids[slot];

        public ListingKind Kind(int slot) => (ListingKind)kinds[slot];

        public string? Patent(int slot) => patents[slot];

        public ReadOnlySpan<ushort> Signature(int slot) => signatures.AsSpan(slot * length, length);

        /// <summary>Puts a listing in place of any entry it has; <paramref name="filed"/>: found at once, else after <see cref="Build"/>.</summary>
        public void Put(DuplicateEntry entry, bool filed)
        {
            Remove(entry.Id);
            int slot = free.Count > 0 ? free.Pop() : slots++;
            if (slot >= ids.Length)
            {
                Resize(LshTable.Grown(slot, bulk: !filed));
            }

            entry.Signature.CopyTo(signatures.AsSpan(slot * length));
            (ids[slot], kinds[slot], patents[slot]) = (entry.Id, (byte)entry.Kind, entry.Patent);
            slotOf.Add(slot, ids);
            if (filed)
            {
                Table.Set(slot, entry.Keys);
            }
            else
            {
                Table.Load(slot, entry.Keys);
            }
        }

        public void Remove(Guid id)
        {
            if (slotOf.Remove(id, ids) is >= 0 and int slot)
            {
                Table.Clear(slot);
                (ids[slot], patents[slot]) = (Guid.Empty, null);
                free.Push(slot);
            }
        }

        /// <summary>Gives back the slack of a bulk load's growth and files every listing in the table's built part.</summary>
        public void Build()
        {
            if (ids.Length > slots + (slots / 8) + 64)
            {
                Resize(slots);
            }

            Table.Build();
        }

        private void Resize(int capacity)
        {
            Array.Resize(ref signatures, capacity * length);
            Array.Resize(ref ids, capacity);
            Array.Resize(ref kinds, capacity);
            Array.Resize(ref patents, capacity);
        }
    }
}
