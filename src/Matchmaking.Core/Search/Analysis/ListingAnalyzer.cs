using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// The analyzer for every listing field: SmartCn words for "_w" fields, CJK bigrams for "_b" fields,
/// model numbers for the "codes" field, keyword (untokenized) for the rest. The same instance serves
/// indexing and querying, so both sides always agree.
/// </summary>
public static class ListingAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create()
    {
        var stopwords = ChineseStopwords.Create();
        var words = new WordAnalyzer(stopwords);
        var bigrams = new BigramAnalyzer(stopwords);
        var perField = new Dictionary<string, Analyzer>
        {
            [FieldNames.Codes] = new CodeAnalyzer(),
            [FieldNames.Unigrams(FieldNames.All)] = new UnigramAnalyzer(stopwords),
        };
        foreach (string field in FieldNames.TextFields)
        {
            perField[FieldNames.Words(field)] = words;
            perField[FieldNames.Bigrams(field)] = bigrams;
        }

        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }
}
