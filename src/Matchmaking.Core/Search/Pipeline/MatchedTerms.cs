using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// A hit's matched terms as a user reads them: the query's codes the listing holds whole (0.02mm,
/// ZL202310123456.7), words split into lone characters joined again (<see cref="CharacterRuns"/>: 缩痕),
/// then the query's readable words it contains, each as the listing writes it
/// (batteries, not the stem batteri), leaving out a word already inside a longer matched term
/// (mm inside 0.02mm, 电池 inside 锂电池). Built once per search; read per hit from the postings of the
/// codes field and the term vector the explain step already reads.
/// </summary>
internal sealed class MatchedTerms
{
    private readonly (string Text, BytesRef Term)[] codes;
    private readonly (string Text, BytesRef Term)[] words;
    private readonly CharacterRuns runs;

    public MatchedTerms(AnalyzedQuery query)
    {
        string typed = query.Request.Text;
        codes = query.In(FieldNames.Codes).Select(t => t.Text).Distinct(StringComparer.Ordinal)
            .Select(c => (AsTyped(typed, c), new BytesRef(c))).ToArray();
        words = query.Words.Where(ReadableTerms.IsReadable).Select(w => (w, new BytesRef(w))).ToArray();
        runs = new CharacterRuns(query.WordSequence);
    }

    public IReadOnlyList<string> For(IndexReader reader, int docId, Terms? vector, string text)
    {
        var found = new List<string>();
        foreach (var (shown, term) in codes)
        {
            if (Holds(reader, docId, term))
            {
                found.Add(shown);
            }
        }

        if (vector is not null)
        {
            found.AddRange(runs.In(vector).Where(ReadableTerms.IsReadable));
            var terms = vector.GetEnumerator();
            DocsAndPositionsEnum? positions = null;
            foreach (var (word, term) in words)
            {
                if (terms.SeekExact(term))
                {
                    positions = terms.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
                    found.Add(Surface(positions, text) ?? word);
                }
            }
        }

        // A term inside a longer matched one adds nothing a reader does not already see.
        return found.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(t => !found.Any(o => o.Length > t.Length && o.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    private static bool Holds(IndexReader reader, int docId, BytesRef term)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(FieldNames.Codes, term));
        return docs is not null && docs.Advance(docId - leaf.DocBase) == docId - leaf.DocBase;
    }

    /// <summary>A Latin word as the text writes it (the index holds its lowercased stem); CJK words read as they are.</summary>
    private static string? Surface(DocsAndPositionsEnum? positions, string text)
    {
        if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS || positions.Freq == 0)
        {
            return null;
        }

        positions.NextPosition();
        int start = positions.StartOffset, end = positions.EndOffset;
        if (start < 0 || end > text.Length || end <= start)
        {
            return null;
        }

        string surface = text[start..end];
        return surface.Any(ReadableTerms.IsCjk) ? null : surface;
    }

    /// <summary>The code as the user typed it (ZL…, 2023SR…, SiC-MOSFET) when it occurs so in the query text.</summary>
    private static string AsTyped(string typed, string code)
    {
        if ((PatentNumbers.AsWritten(typed, code) ?? SoftwareCopyrightNumbers.AsWritten(typed, code)) is { } number)
        {
            return number;
        }

        int at = typed.IndexOf(code, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? typed.Substring(at, code.Length) : code;
    }
}
