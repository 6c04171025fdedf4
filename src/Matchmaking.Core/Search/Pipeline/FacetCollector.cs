using System.Runtime.InteropServices;
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
/// The sample keeps a document when a multiplicative hash of its index-wide id falls below a threshold;
/// each time the kept documents pass the bound the threshold halves and the kept ones are filtered again.
/// So the sample is the same set whatever order the segments come in, spread over the whole match set
/// (not its first documents, which follow import order), and counting it costs a multiply per match.
/// </remarks>
public sealed class FacetCollector(int sampleSize = int.MaxValue) : ICollector
{
    public static readonly string[] SortedFacets = [FieldNames.Industry, FieldNames.Region, FieldNames.Discipline, FieldNames.Kind];

    private readonly int bound = Math.Max(1, sampleSize);
    private readonly List<AtomicReaderContext> leaves = [];
    private readonly List<long> kept = [];
    private int shift;
    private int leaf = -1;
    private int docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        leaves.Add(context);
        leaf = leaves.Count - 1;
        docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        if (shift > 0 && !Keeps(docBase + doc, shift))
        {
            return;
        }

        kept.Add(((long)leaf << 32) | (uint)doc);
        if (kept.Count > bound)
        {
            shift++;
            kept.RemoveAll(k => !Keeps(leaves[(int)(k >> 32)].DocBase + (int)(uint)k, shift));
        }
    }

    public FacetCounts Result()
    {
        var counts = SortedFacets.Concat([FieldNames.Trl]).ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        var trlCounts = new Dictionary<long, int>();
        var term = new BytesRef();
        int scale = 1 << shift;
        foreach (var group in kept.GroupBy(k => (int)(k >> 32)))
        {
            var reader = leaves[group.Key].AtomicReader;
            var values = SortedFacets.Select(f => reader.GetSortedDocValues(f)).ToArray();
            var ords = values.Select(v => new int[v?.ValueCount ?? 0]).ToArray();
            var trl = reader.GetNumericDocValues(FieldNames.Trl);
            var hasTrl = reader.GetDocsWithField(FieldNames.Trl);
            foreach (long k in group)
            {
                int doc = (int)(uint)k;
                for (int i = 0; i < values.Length; i++)
                {
                    int ord = values[i]?.GetOrd(doc) ?? -1;
                    if (ord >= 0)
                    {
                        ords[i][ord]++;
                    }
                }

                if (trl is not null && hasTrl is not null && hasTrl.Get(doc))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(trlCounts, trl.Get(doc), out _)++;
                }
            }

            for (int i = 0; i < values.Length; i++)
            {
                for (int ord = 0; ord < ords[i].Length; ord++)
                {
                    if (ords[i][ord] > 0)
                    {
                        values[i]!.LookupOrd(ord, term);
                        Increment(counts[SortedFacets[i]], term.Utf8ToString(), ords[i][ord] * scale);
                    }
                }
            }
        }

        foreach (var (value, count) in trlCounts)
        {
            Increment(counts[FieldNames.Trl], value.ToString(System.Globalization.CultureInfo.InvariantCulture), count * scale);
        }

        return new FacetCounts(
            counts.ToDictionary(
                c => c.Key,
                c => (IReadOnlyList<FacetValue>)c.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                    .Select(v => new FacetValue(v.Key, v.Value)).ToList()),
            Exact: shift == 0,
            SampleRate: 1.0 / scale);
    }

    /// <summary>Whether the sample at rate 2^-<paramref name="bits"/> keeps the index-wide document <paramref name="id"/>.</summary>
    private static bool Keeps(int id, int bits) => bits >= 32 || ((uint)id * 2654435761u) >> (32 - bits) == 0;

    private static void Increment(Dictionary<string, int> into, string key, int by) =>
        into[key] = into.GetValueOrDefault(key) + by;
}
