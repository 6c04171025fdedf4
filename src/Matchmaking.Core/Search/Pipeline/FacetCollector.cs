using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Counts facet values over every matching document from doc values (Lucene.Net.Facet is not
/// available here): ordinals per segment, resolved to strings once per segment.
/// </summary>
public sealed class FacetCollector : ICollector
{
    public static readonly string[] SortedFacets = [FieldNames.Industry, FieldNames.Region, FieldNames.Discipline, FieldNames.Kind];

    private readonly Dictionary<string, Dictionary<string, int>> counts = SortedFacets.Concat([FieldNames.Trl])
        .ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    // TRL values are small numbers: counted by value and turned into strings once, in Result,
    // not a string per matching document.
    private readonly Dictionary<long, int> trlCounts = [];

    private readonly SortedDocValues?[] segmentValues = new SortedDocValues?[SortedFacets.Length];
    private int[][] segmentCounts = [];
    private NumericDocValues? trl;
    private IBits? hasTrl;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (int i = 0; i < SortedFacets.Length; i++)
        {
            segmentValues[i] = context.AtomicReader.GetSortedDocValues(SortedFacets[i]);
        }

        segmentCounts = segmentValues.Select(v => new int[v?.ValueCount ?? 0]).ToArray();
        trl = context.AtomicReader.GetNumericDocValues(FieldNames.Trl);
        hasTrl = context.AtomicReader.GetDocsWithField(FieldNames.Trl);
    }

    public void Collect(int doc)
    {
        for (int i = 0; i < segmentValues.Length; i++)
        {
            int ord = segmentValues[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                segmentCounts[i][ord]++;
            }
        }

        if (trl is not null && hasTrl is not null && hasTrl.Get(doc))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(trlCounts, trl.Get(doc), out _)++;
        }
    }

    public FacetCounts Result()
    {
        Flush();
        foreach (var (value, count) in trlCounts)
        {
            Increment(counts[FieldNames.Trl], value.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        trlCounts.Clear();
        return new FacetCounts(counts.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<FacetValue>)c.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetValue(v.Key, v.Value)).ToList()));
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (int i = 0; i < segmentCounts.Length; i++)
        {
            for (int ord = 0; ord < segmentCounts[i].Length; ord++)
            {
                if (segmentCounts[i][ord] > 0)
                {
                    segmentValues[i]!.LookupOrd(ord, term);
                    Increment(counts[SortedFacets[i]], term.Utf8ToString(), segmentCounts[i][ord]);
                }
            }
        }

        segmentCounts = [];
    }

    private static void Increment(Dictionary<string, int> into, string key, int by) =>
        into[key] = into.GetValueOrDefault(key) + by;
}
