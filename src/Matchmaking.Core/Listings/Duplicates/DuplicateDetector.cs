using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// This node's near-duplicate detector: a MinHash signature per achievement and demand in LSH buckets, in
/// memory, derived from the same documents the Lucene index applies (so every node keeps its own, rebuilt
/// at start and on a rebuild, updated with each catch-up). A lookup reads only the buckets of its own
/// bands — sub-linear in the number of listings — and verifies each candidate on its signature.
/// </summary>
public sealed class DuplicateDetector(IOptions<DuplicateOptions> options)
{
    private readonly DuplicateOptions options = options.Value;
    private readonly System.Threading.Lock gate = new();
    private State state = new(options.Value.Bands + 1);

    public bool Enabled => options.Enabled;

    /// <summary>How many listings the detector holds.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return state.Slots.Count - state.Free.Count;
            }
        }
    }

    /// <summary>Replaces everything with <paramref name="documents"/> (a start); lookups see the old set until the swap.</summary>
    public int Reset(IEnumerable<ListingDocument> documents) => Feeding(documents).Count();

    /// <summary>
    /// Passes <paramref name="documents"/> through while building a fresh set from them, and switches to it
    /// once they are all read: an index rebuild feeds the detector from the one stream it writes, holding no
    /// document in memory (a signature is ~300 bytes; a document's text several kilobytes).
    /// </summary>
    public IEnumerable<ListingDocument> Feeding(IEnumerable<ListingDocument> documents)
    {
        var fresh = new State(options.Bands + 1);
        foreach (var doc in documents)
        {
            if (Enabled && DuplicateText.Covers(doc.Kind))
            {
                fresh.Put(Entry(doc));
            }

            yield return doc;
        }

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
                state.Remove(entry.Id);
                state.Put(entry);
            }
        }
    }

    /// <summary>The possible duplicates of an indexed listing, most similar first; empty for one the detector does not hold.</summary>
    public IReadOnlyList<PossibleDuplicate> Find(Guid id)
    {
        lock (gate)
        {
            return state.SlotOf.TryGetValue(id, out int slot) ? Lookup(state, state.Slots[slot]!) : [];
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
            return Lookup(state, entry);
        }
    }

    private IReadOnlyList<PossibleDuplicate> Lookup(State current, DuplicateEntry entry)
    {
        var candidates = new HashSet<int>();
        current.Table.Collect(entry.Keys, candidates);
        var found = new List<PossibleDuplicate>();
        foreach (int slot in candidates)
        {
            var other = current.Slots[slot];
            if (other is null || other.Id == entry.Id || other.Kind != entry.Kind)
            {
                continue;
            }

            double similarity = MinHash.Similarity(entry.Signature, other.Signature);
            if (entry.Patent is not null && entry.Patent == other.Patent)
            {
                found.Add(new(other.Id, other.Kind, similarity, DuplicateReason.SamePatentNumber));
            }
            else if (similarity >= options.Threshold)
            {
                found.Add(new(other.Id, other.Kind, similarity, DuplicateReason.SimilarText));
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

    private sealed class State(int bands)
    {
        public LshTable Table { get; } = new(bands);

        public List<DuplicateEntry?> Slots { get; } = [];

        public Dictionary<Guid, int> SlotOf { get; } = [];

        public Stack<int> Free { get; } = new();

        public void Put(DuplicateEntry entry)
        {
            int slot = Free.Count > 0 ? Free.Pop() : Slots.Count;
            if (slot == Slots.Count)
            {
                Slots.Add(entry);
            }
            else
            {
                Slots[slot] = entry;
            }

            SlotOf[entry.Id] = slot;
            Table.Add(slot, entry.Keys);
        }

        public void Remove(Guid id)
        {
            if (SlotOf.Remove(id, out int slot))
            {
                Table.Remove(slot, Slots[slot]!.Keys);
                Slots[slot] = null;
                Free.Push(slot);
            }
        }
    }
}
