namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Index field names. Each text field is indexed twice: "_w" with SmartCn words and "_b" with CJK
/// character bigrams — measured here on Chinese scientific text, the two together beat either alone.
/// </summary>
public static class FieldNames
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Industry = "industry";
    public const string Region = "region";
    public const string Discipline = "discipline";
    public const string Institution = "institution";
    public const string Trl = "trl";
    public const string Status = "status";
    public const string Cooperation = "cooperation";
    public const string PriceLow = "price_lo";
    public const string PriceHigh = "price_hi";
    public const string Deadline = "deadline";
    public const string Title = "title";
    public const string Keywords = "keywords";

    /// <summary>Title, keywords and body together: the main BM25 field; title and keywords add weight on top.</summary>
    public const string All = "all";
    public const string Codes = "codes";
    public const string WordSuffix = "_w";
    public const string BigramSuffix = "_b";

    /// <summary>Single CJK characters, indexed for the whole text only (recommendations query them).</summary>
    public const string UnigramSuffix = "_u";

    public static readonly string[] TextFields = [Title, Keywords, All];

    public static string Words(string field) => field + WordSuffix;

    public static string Bigrams(string field) => field + BigramSuffix;

    public static string Unigrams(string field) => field + UnigramSuffix;
}
