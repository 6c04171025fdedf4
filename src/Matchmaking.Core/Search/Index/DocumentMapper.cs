using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// Turns a <see cref="ListingDocument"/> into Lucene fields: indexed terms for filters, doc values for
/// facets and for the per-candidate facts the reranker reads (no stored-field decompression per hit),
/// stored title and body for the final page's snippets.
/// </summary>
public static class DocumentMapper
{
    private static readonly FieldType WordsWithVectors = CreateWordsWithVectors();

    public static Document ToDocument(ListingDocument listing) => ToDocument(listing, analyzedBy: null);

    /// <summary>
    /// The document for <paramref name="listing"/>; with <paramref name="analyzedBy"/>, its text fields carry their tokens
    /// analysed already, on the calling thread, so the writer only inverts them (a parallel build). The index is the same.
    /// </summary>
    public static Document ToDocument(ListingDocument listing, Analyzer? analyzedBy)
    {
        string id = listing.Id.ToString("D");

        // StringField because DeleteDocuments/UpdateDocument need the exact, untokenized term.
        var doc = new Document
        {
            new StringField(FieldNames.Id, id, Field.Store.YES),
            new SortedDocValuesField(FieldNames.Id, new BytesRef(id)),
            new StringField(FieldNames.Kind, listing.Kind.ToString(), Field.Store.NO),
            new SortedDocValuesField(FieldNames.Kind, new BytesRef(listing.Kind.ToString())),
            new StringField(FieldNames.Industry, listing.Industry.ToString(), Field.Store.NO),
            new SortedDocValuesField(FieldNames.Industry, new BytesRef(listing.Industry.ToString())),
            new StringField(FieldNames.Status, listing.Status, Field.Store.NO),
            new StoredField(FieldNames.Title, listing.Title),
        };
        string all = $"{listing.Title}\n{string.Join("；", listing.Keywords)}\n{listing.Body}";
        AddText(doc, FieldNames.Title, listing.Title, analyzedBy);
        AddText(doc, FieldNames.Keywords, string.Join("；", listing.Keywords), analyzedBy);

        // The whole text is stored and its words carry term vectors with offsets, so the explain step
        // highlights and lists matched terms without running the segmenter again per hit.
        doc.Add(new StoredField(FieldNames.All, all));
        doc.Add(Text(FieldNames.Words(FieldNames.All), all, WordsWithVectors, analyzedBy));
        doc.Add(Text(FieldNames.Bigrams(FieldNames.All), all, TextField.TYPE_NOT_STORED, analyzedBy));

        // Characters for recommendations' long texts (Search:RecommendationUnigramBoost); an index built
        // before this field answers those clauses with nothing until it is rebuilt.
        doc.Add(Text(FieldNames.Unigrams(FieldNames.All), all, TextField.TYPE_NOT_STORED, analyzedBy));
        doc.Add(Text(FieldNames.Codes, all, TextField.TYPE_NOT_STORED, analyzedBy));
        if (listing.Identifiers.Length > 0)
        {
            // ZL202310123456.7 → zl202310123456 (PatentNumbers): found with or without ZL and check digit.
            doc.Add(Text(FieldNames.Codes, listing.Identifiers, TextField.TYPE_NOT_STORED, analyzedBy));
        }

        AddRegion(doc, listing.Region);
        AddKeyword(doc, FieldNames.Discipline, listing.Discipline);

        // An index built before this field has no institution per hit: the per-institution cap then leaves its order alone until a rebuild.
        AddKeyword(doc, FieldNames.Institution, listing.InstitutionId is { } institution ? institution.ToString("D") : "");
        foreach (CooperationModes mode in Enum.GetValues<CooperationModes>().Where(m => m != CooperationModes.None && listing.CooperationModes.HasFlag(m)))
        {
            doc.Add(new StringField(FieldNames.Cooperation, mode.ToString(), Field.Store.NO));
        }

        // The flags and the deadline as doc values too, for the reranker's cooperation and deadline fits.
        if (listing.CooperationModes != CooperationModes.None)
        {
            doc.Add(new NumericDocValuesField(FieldNames.Cooperation, (long)listing.CooperationModes));
        }

        if (listing.Trl is { } trl)
        {
            doc.Add(new Int32Field(FieldNames.Trl, trl, Field.Store.NO));
            doc.Add(new NumericDocValuesField(FieldNames.Trl, trl));
        }

        // Money in whole yuan is precise enough to filter and to check a budget fits.
        long low = listing.PriceLow is { } lo ? (long)decimal.Floor(lo) : 0;
        long high = listing.PriceHigh is { } hi ? (long)decimal.Ceiling(hi) : long.MaxValue;
        doc.Add(new Int64Field(FieldNames.PriceLow, low, Field.Store.NO));
        doc.Add(new Int64Field(FieldNames.PriceHigh, high, Field.Store.NO));
        doc.Add(new NumericDocValuesField(FieldNames.PriceLow, low));
        doc.Add(new NumericDocValuesField(FieldNames.PriceHigh, high));
        if (listing.Deadline is { } deadline)
        {
            doc.Add(new Int32Field(FieldNames.Deadline, deadline.DayNumber, Field.Store.NO));
            doc.Add(new NumericDocValuesField(FieldNames.Deadline, deadline.DayNumber));
        }

        return doc;
    }

    private static FieldType CreateWordsWithVectors()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }

    private static void AddKeyword(Document doc, string field, string value)
    {
        if (value.Length > 0)
        {
            doc.Add(new StringField(field, value, Field.Store.NO));
            doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    /// <summary>
    /// The region normalised (合肥 → 安徽省合肥市): a term for it and for each place it lies in, so a filter
    /// on 安徽省 finds its cities; its full form as the doc value facets count and checks compare.
    /// </summary>
    private static void AddRegion(Document doc, string region)
    {
        if (RegionHierarchy.Normalize(region) is not { } path)
        {
            return;
        }

        foreach (string level in path.Levels)
        {
            doc.Add(new StringField(FieldNames.Region, level, Field.Store.NO));
        }

        doc.Add(new SortedDocValuesField(FieldNames.Region, new BytesRef(path.Full)));
    }

    private static void AddText(Document doc, string field, string text, Analyzer? analyzedBy)
    {
        if (text.Length == 0)
        {
            return;
        }

        doc.Add(Text(FieldNames.Words(field), text, TextField.TYPE_NOT_STORED, analyzedBy));
        doc.Add(Text(FieldNames.Bigrams(field), text, TextField.TYPE_NOT_STORED, analyzedBy));
    }

    /// <summary>A tokenized, unstored field: its text for the writer to analyse, or its tokens analysed here.</summary>
    private static Field Text(string field, string text, FieldType type, Analyzer? analyzedBy) =>
        analyzedBy is null ? new Field(field, text, type) : new Field(field, CapturedTokenStream.Capture(analyzedBy, field, text), type);
}
