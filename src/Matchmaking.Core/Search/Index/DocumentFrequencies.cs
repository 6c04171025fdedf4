using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// Document frequencies of many terms of one field through a single terms enumerator: IndexReader.DocFreq
/// opens a fresh one per term and segment, which is most of what a query's idf lookups allocate.
/// </summary>
internal static class DocumentFrequencies
{
    public static int[] Of(IndexReader reader, string field, IReadOnlyList<string> terms)
    {
        var frequencies = new int[terms.Count];
        var enumerator = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        if (enumerator is null)
        {
            return frequencies;
        }

        for (int i = 0; i < terms.Count; i++)
        {
            frequencies[i] = enumerator.SeekExact(new BytesRef(terms[i])) ? enumerator.DocFreq : 0;
        }

        return frequencies;
    }

    /// <summary>Smoothed idf, ln((N + 1) / (df + 1)) + 1: what the analyze step picks a long text's terms by and the highlighter weighs words by.</summary>
    public static double Idf(int documents, int frequency) => Math.Log((documents + 1.0) / (frequency + 1.0)) + 1.0;
}
