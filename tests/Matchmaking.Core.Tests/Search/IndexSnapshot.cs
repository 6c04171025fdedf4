using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Tests.Search;

/// <summary>
/// Everything an index holds, as sorted lines keyed by listing id rather than document number (merges may order
/// segments differently from one build to the next): each term's document and total frequency, every posting with
/// its positions, offsets and payloads, norms, doc values, stored fields and term vectors.
/// </summary>
internal static class IndexSnapshot
{
    public static List<string> Read(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var lines = new List<string> { $"docs {reader.NumDocs} max {reader.MaxDoc}" };
        var fields = MultiFields.GetFields(reader);
        foreach (string field in fields)
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                lines.Add($"term {field} {terms.Term.Utf8ToString()} df={terms.DocFreq} ttf={terms.TotalTermFreq}");
            }
        }

        foreach (var info in MultiFields.GetMergedFieldInfos(reader))
        {
            lines.Add($"field {info.Name} indexed={info.IsIndexed} options={info.IndexOptions} vectors={info.HasVectors} norms={info.HasNorms} dv={info.DocValuesType}");
        }

        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var ids = Enumerable.Range(0, atomic.MaxDoc).Select(doc => atomic.Document(doc).Get(FieldNames.Id)).ToArray();
            for (int doc = 0; doc < atomic.MaxDoc; doc++)
            {
                lines.AddRange(atomic.Document(doc).Fields.Select(f => $"stored {ids[doc]} {f.Name}={f.GetStringValue()}"));
                if (atomic.GetTermVectors(doc) is { } vectors)
                {
                    foreach (string field in vectors)
                    {
                        AddPostings(lines, $"vector {ids[doc]} {field}", vectors.GetTerms(field), _ => "");
                    }
                }
            }

            foreach (string field in atomic.Fields)
            {
                AddPostings(lines, $"posting {field}", atomic.Fields.GetTerms(field), doc => ids[doc]);
            }

            foreach (var info in atomic.FieldInfos)
            {
                AddPerDocument(lines, atomic, info, ids);
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Equal line for line; a difference is reported as the first line that differs, not as two huge lists.</summary>
    public static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Equal(expected.Count, actual.Count);
    }

    private static void AddPostings(List<string> lines, string prefix, Terms terms, Func<int, string> id)
    {
        var each = terms.GetEnumerator();
        while (each.MoveNext())
        {
            string term = each.Term.Utf8ToString();
            var positions = each.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS | DocsAndPositionsFlags.PAYLOADS);
            var docs = positions ?? each.Docs(null, null, DocsFlags.FREQS);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var line = new System.Text.StringBuilder($"{prefix} {term} {id(docs.DocID)} freq={docs.Freq}");
                for (int i = 0; positions is not null && i < positions.Freq; i++)
                {
                    int position = positions.NextPosition();
                    line.Append(CultureInfo.InvariantCulture, $" {position}:{positions.StartOffset}-{positions.EndOffset}");
                    if (positions.GetPayload() is { Length: > 0 } payload)
                    {
                        line.Append('/').Append(payload.ToString());
                    }
                }

                lines.Add(line.ToString());
            }
        }
    }

    private static void AddPerDocument(List<string> lines, AtomicReader atomic, FieldInfo info, string[] ids)
    {
        var norms = info.HasNorms ? atomic.GetNormValues(info.Name) : null;
        var numeric = info.DocValuesType == DocValuesType.NUMERIC ? atomic.GetNumericDocValues(info.Name) : null;
        var sorted = info.DocValuesType == DocValuesType.SORTED ? atomic.GetSortedDocValues(info.Name) : null;
        var value = new BytesRef();
        for (int doc = 0; doc < atomic.MaxDoc; doc++)
        {
            if (norms is not null)
            {
                lines.Add($"norm {info.Name} {ids[doc]} {norms.Get(doc)}");
            }

            if (numeric is not null)
            {
                lines.Add($"numeric {info.Name} {ids[doc]} {numeric.Get(doc)}");
            }

            if (sorted is not null)
            {
                sorted.Get(doc, value);
                lines.Add($"sorted {info.Name} {ids[doc]} {value.Utf8ToString()}");
            }
        }
    }
}
