namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// The feature names, in the order <see cref="FeatureExtractor"/> fills them. A scorer's descriptor
/// names the features it was trained on; the scorer picks them by name, so adding one here does not
/// break a model trained before.
/// </summary>
public static class RerankFeatures
{
    public const string Bm25 = "bm25";
    public const string Bm25Relative = "bm25_rel";
    public const string LexicalRank = "lex_rank";
    public const string Tfidf = "tfidf_cos";
    public const string TitleTfidf = "tfidf_title_cos";
    public const string TitleWords = "title_w";
    public const string TitleBigrams = "title_b";
    public const string KeywordWords = "keywords_w";
    public const string KeywordBigrams = "keywords_b";
    public const string AllWords = "all_w";
    public const string AllBigrams = "all_b";
    public const string Codes = "codes";
    public const string WordCoverage = "cover_w";
    public const string BigramCoverage = "cover_b";
    public const string OrderedPairs = "pairs";
    public const string QueryLength = "qlen";
    public const string DocumentLength = "dlen";

    /// <summary>Cosine of query and document embeddings; 0 when no embedding model is configured.</summary>
    public const string EmbeddingCosine = "emb_cos";

    public static readonly string[] All =
    [
        Bm25, Bm25Relative, LexicalRank, Tfidf, TitleTfidf, TitleWords, TitleBigrams, KeywordWords, KeywordBigrams,
        AllWords, AllBigrams, Codes, WordCoverage, BigramCoverage, OrderedPairs, QueryLength, DocumentLength, EmbeddingCosine,
    ];

    /// <summary>The TF-IDF features, left out together by the "tfidf" ablation.</summary>
    public static readonly string[] TfidfGroup = [Tfidf, TitleTfidf];

    public static int IndexOf(string name) => Array.IndexOf(All, name);
}
