using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Reads a hit's id and facts from doc values: far cheaper than loading stored fields per candidate.</summary>
internal static class FactsReader
{
    public static (Guid Id, CandidateFacts Facts) Read(IndexSearcher searcher, int docId)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var reader = leaf.AtomicReader;
        int doc = docId - leaf.DocBase;
        string id = Sorted(reader, FieldNames.Id, doc);
        var kind = Enum.Parse<ListingKind>(Sorted(reader, FieldNames.Kind, doc));
        int? trl = reader.GetDocsWithField(FieldNames.Trl)?.Get(doc) == true ? (int)reader.GetNumericDocValues(FieldNames.Trl).Get(doc) : null;
        long low = reader.GetNumericDocValues(FieldNames.PriceLow)?.Get(doc) ?? 0;
        long high = reader.GetNumericDocValues(FieldNames.PriceHigh)?.Get(doc) ?? long.MaxValue;
        var modes = (CooperationModes)(reader.GetNumericDocValues(FieldNames.Cooperation)?.Get(doc) ?? 0);
        DateOnly? deadline = reader.GetDocsWithField(FieldNames.Deadline)?.Get(doc) == true
            ? DateOnly.FromDayNumber((int)reader.GetNumericDocValues(FieldNames.Deadline).Get(doc))
            : null;
        return (Guid.Parse(id), new CandidateFacts(kind, trl, low, high, Sorted(reader, FieldNames.Region, doc)) { Cooperation = modes, Deadline = deadline, Institution = Sorted(reader, FieldNames.Institution, doc) });
    }

    private static string Sorted(AtomicReader reader, string field, int doc)
    {
        var values = reader.GetSortedDocValues(field);
        if (values is null || values.GetOrd(doc) < 0)
        {
            return "";
        }

        var term = new BytesRef();
        values.Get(doc, term);
        return term.Utf8ToString();
    }
}
