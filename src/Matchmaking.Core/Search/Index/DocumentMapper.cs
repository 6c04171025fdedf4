using Lucene.Net.Documents;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Index;

/// <summary>Turns a <see cref="ListingDocument"/> into Lucene fields.</summary>
public static class DocumentMapper
{
    public static Document ToDocument(ListingDocument listing)
    {
        // StringField because DeleteDocuments/UpdateDocument need the exact, untokenized term.
        var doc = new Document
        {
            new StringField(FieldNames.Id, listing.Id.ToString("D"), Field.Store.YES),
            new StringField(FieldNames.Kind, listing.Kind.ToString(), Field.Store.YES),
            new StringField(FieldNames.Industry, listing.Industry.ToString(), Field.Store.YES),
            new StoredField(FieldNames.Title, listing.Title),
        };
        AddText(doc, FieldNames.Title, listing.Title);
        AddText(doc, FieldNames.Keywords, string.Join("；", listing.Keywords));
        string all = $"{listing.Title}\n{string.Join("；", listing.Keywords)}\n{listing.Body}";
        AddText(doc, FieldNames.All, all);
        doc.Add(new TextField(FieldNames.Codes, all, Field.Store.NO));
        doc.Add(new StoredField(FieldNames.Body, listing.Body));
        if (listing.Region.Length > 0)
        {
            doc.Add(new StringField(FieldNames.Region, listing.Region, Field.Store.YES));
        }

        if (listing.Discipline.Length > 0)
        {
            doc.Add(new StringField(FieldNames.Discipline, listing.Discipline, Field.Store.YES));
        }

        if (listing.Trl is { } trl)
        {
            doc.Add(new Int32Field(FieldNames.Trl, trl, Field.Store.YES));
        }

        return doc;
    }

    private static void AddText(Document doc, string field, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        doc.Add(new TextField(FieldNames.Words(field), text, Field.Store.NO));
        doc.Add(new TextField(FieldNames.Bigrams(field), text, Field.Store.NO));
    }
}
