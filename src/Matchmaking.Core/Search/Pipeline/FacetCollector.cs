using System.Globalization;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Counts facet values from doc values (Lucene.Net.Facet is not available here): exactly while the match
/// set holds at most <c>sampleSize</c> documents; past it, on a sample of it, scaled up and flagged inexact.
/// </summary>
/// <remarks>
/// Every match is counted as it is collected, into per-segment ordinal counters, so no list of matches
/// is kept and nothing is counted twice. The sample keeps a document when a multiplicative hash of its
/// index-wide id has at least <c>shift</c> leading zero bits (a rate of 2^-shift). The counters are kept
/// apart by that number of zero bits (the document's level), so raising the shift drops whole levels
/// without revisiting a document: the shift rises to the lowest one that keeps at most the bound. The
/// sample is thus the same set whatever order the segments come in, spread over the whole match set
/// (not its first documents, which follow import order), and a match below the shift costs a multiply.
/// When only <see cref="WindowShare"/> of the index was searched (<see cref="MaxScoreSearch.Count"/>), the counts
/// are scaled up by its inverse as well.
/// </remarks>
public sealed class FacetCollector(int sampleSize = int.MaxValue) : ICollector
{
    /// <summary>The share of the accepted documents the collected ones were drawn from (1: all of them).</summary>
    public double WindowShare { get; set; } = 1;

    public static readonly string[] SortedFacets = [FieldNames.Industry, FieldNames.Region, FieldNames.Discipline, FieldNames.Kind];

    /// <summary>Leading zero bits of a 32-bit hash: 0 to 32.</summary>
    private const int Levels = 33;

    /// <summary>
    /// The scale 2^shift stays an int; the hash is a bijection on 32 bits, so at most four ids have 30
    /// leading zeros: a sample that small is as coarse as any.
    /// </summary>
    private const int MaxShift = 30;

    /// <summary>TRL values counted in an array (1–9 in practice); any other value goes to a dictionary.</summary>
    private const int TrlSlots = 16;

    private readonly int bound = Math.Max(1, sampleSize);
    private readonly List<LeafCounts> leaves = [];
    private readonly int[] keptAt = new int[Levels];
    private readonly int[]?[] trlRows = new int[Levels][];
    private Dictionary<(int Level, long Value), int>? trlOther;
    private LeafCounts? leaf;
    private NumericDocValues? trl;
    private IBits? hasTrl;
    private int docBase;
    private int kept;
    private int shift;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        leaf = new LeafCounts(reader, SortedFacets.Select(f => reader.GetSortedDocValues(f)).ToArray());
        leaves.Add(leaf);
        trl = reader.GetNumericDocValues(FieldNames.Trl);
        hasTrl = trl is null ? null : reader.GetDocsWithField(FieldNames.Trl);
        docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        int level = Level(docBase + doc);
        if (level < shift)
        {
            return;
        }

        var counts = leaf!;
        int[] row = counts.Rows[level] ??= new int[counts.Width];
        var values = counts.Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } sorted && sorted.GetOrd(doc) is var ord and >= 0)
            {
                row[counts.Offsets[i] + ord]++;
            }
        }

        if (hasTrl is not null && hasTrl.Get(doc))
        {
            long value = trl!.Get(doc);
            if ((ulong)value < TrlSlots)
            {
                (trlRows[level] ??= new int[TrlSlots])[value]++;
            }
            else
            {
                trlOther ??= [];
                trlOther[(level, value)] = trlOther.GetValueOrDefault((level, value)) + 1;
            }
        }

        keptAt[level]++;
        if (++kept > bound)
        {
            // Each step halves the expected sample; a level with no kept document just moves on.
            while (kept > bound && shift < MaxShift)
            {
                kept -= keptAt[shift];
                shift++;
            }
        }
    }

    /// <summary>An empty collector with this one's sample size, to count part of the same search on another thread.</summary>
    internal FacetCollector Fork() => new(bound);

    /// <summary>
    /// Adds what <paramref name="other"/> (a <see cref="Fork"/>) counted. The sample keeps a document by its level alone,
    /// so the merged counters are those one collector would hold: the deeper of the two cuts, deepened while it keeps
    /// more than the sample size.
    /// </summary>
    internal void Merge(FacetCollector other)
    {
        // Part of a segment counted on each side adds into one set of counters, as the counts are scaled per segment.
        foreach (var theirs in other.leaves)
        {
            if (leaves.Find(l => ReferenceEquals(l.Reader, theirs.Reader)) is { } mine)
            {
                mine.Add(theirs);
            }
            else
            {
                leaves.Add(theirs);
            }
        }

        for (int level = 0; level < Levels; level++)
        {
            keptAt[level] += other.keptAt[level];
            if (other.trlRows[level] is { } row)
            {
                var into = trlRows[level] ??= new int[TrlSlots];
                for (int i = 0; i < TrlSlots; i++)
                {
                    into[i] += row[i];
                }
            }
        }

        foreach (var (key, n) in other.trlOther ?? [])
        {
            trlOther ??= [];
            trlOther[key] = trlOther.GetValueOrDefault(key) + n;
        }

        shift = Math.Max(shift, other.shift);
        kept = 0;
        for (int level = shift; level < Levels; level++)
        {
            kept += keptAt[level];
        }

        while (kept > bound && shift < MaxShift)
        {
            kept -= keptAt[shift];
            shift++;
        }

        leaf = null;
    }

    public FacetCounts Result()
    {
        var counts = SortedFacets.Concat([FieldNames.Trl]).ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        double scale = (1 << shift) / Math.Min(1, WindowShare);
        var term = new BytesRef();
        int[] sum = new int[leaves.Count == 0 ? 0 : leaves.Max(l => l.Width)];
        foreach (var segment in leaves)
        {
            if (!segment.Sum(shift, sum))
            {
                continue;
            }

            for (int i = 0; i < segment.Values.Length; i++)
            {
                for (int ord = 0; ord < (segment.Values[i]?.ValueCount ?? 0); ord++)
                {
                    if (sum[segment.Offsets[i] + ord] is var n and > 0)
                    {
                        segment.Values[i]!.LookupOrd(ord, term);
                        Increment(counts[SortedFacets[i]], term.Utf8ToString(), Scaled(n, scale));
                    }
                }
            }
        }

        for (int level = shift; level < Levels; level++)
        {
            for (int value = 0; trlRows[level] is { } row && value < TrlSlots; value++)
            {
                if (row[value] > 0)
                {
                    Increment(counts[FieldNames.Trl], value.ToString(CultureInfo.InvariantCulture), Scaled(row[value], scale));
                }
            }
        }

        foreach (var ((level, value), n) in trlOther ?? [])
        {
            if (level >= shift)
            {
                Increment(counts[FieldNames.Trl], value.ToString(CultureInfo.InvariantCulture), Scaled(n, scale));
            }
        }

        return new FacetCounts(
            counts.ToDictionary(
                c => c.Key,
                c => (IReadOnlyList<FacetValue>)c.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                    .Select(v => new FacetValue(v.Key, v.Value)).ToList()),
            Exact: shift == 0 && WindowShare >= 1,
            SampleRate: 1.0 / scale);
    }

    /// <summary>
    /// The sampling level of the index-wide document <paramref name="id"/>: the sample at rate 2^-s keeps
    /// the documents of level s and above (a Fibonacci hash, so consecutive ids spread over the levels).
    /// </summary>
    internal static int Level(int id) => BitOperations.LeadingZeroCount((uint)id * 2654435761u);

    private static int Scaled(int count, double scale) => (int)Math.Min(int.MaxValue, Math.Round(count * scale));

    private static void Increment(Dictionary<string, int> into, string key, int by) =>
        into[key] = into.GetValueOrDefault(key) + by;

    /// <summary>One segment's counters: for each level, one row holding every facet's ordinals side by side.</summary>
    private sealed class LeafCounts
    {
        public LeafCounts(AtomicReader reader, SortedDocValues?[] values)
        {
            Reader = reader;
            Values = values;
            Offsets = new int[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                Offsets[i] = Width;
                Width += values[i]?.ValueCount ?? 0;
            }
        }

        /// <summary>The segment counted (the same ordinals for every collector that counts part of it).</summary>
        public AtomicReader Reader { get; }

        public SortedDocValues?[] Values { get; }

        public int[] Offsets { get; }

        public int Width { get; }

        public int[]?[] Rows { get; } = new int[Levels][];

        /// <summary>Adds another collector's counters of the same segment.</summary>
        public void Add(LeafCounts other)
        {
            for (int level = 0; level < Levels; level++)
            {
                if (other.Rows[level] is { } row)
                {
                    var into = Rows[level] ??= new int[Width];
                    for (int j = 0; j < row.Length; j++)
                    {
                        into[j] += row[j];
                    }
                }
            }
        }

        /// <summary>Adds up into <paramref name="sum"/> the counters of the levels the sample keeps; false when none was kept here.</summary>
        public bool Sum(int from, int[] sum)
        {
            Array.Clear(sum, 0, Width);
            bool any = false;
            for (int level = from; level < Levels; level++)
            {
                if (Rows[level] is { } row)
                {
                    any = true;
                    for (int j = 0; j < row.Length; j++)
                    {
                        sum[j] += row[j];
                    }
                }
            }

            return any;
        }
    }
}
