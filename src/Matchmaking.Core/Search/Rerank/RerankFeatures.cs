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

    /// <summary>
    /// Constraint fits of a listing query (a demand's, an achievement's or an expert's): +1 met, −1 missed,
    /// 0 when either side does not say or the query is free text.
    /// </summary>
    public const string TrlFit = "trl_fit";
    public const string BudgetFit = "budget_fit";
    public const string RegionFit = "region_fit";
    public const string CooperationFit = "cooperation_fit";

    /// <summary>+1 when the demand in play (the query's, or the candidate when it is one) is due at least DeadlineLeadDays ahead, −1 when sooner.</summary>
    public const string DeadlineFit = "deadline_fit";

    /// <summary>
    /// Broker decisions on the candidate's other matches, ln(1 + count): shortlisted or further, contracted
    /// or closed, rejected; and the parties' net ± feedback, sign × ln(1 + |net|).
    /// </summary>
    public const string FeedbackAdvanced = "fb_advanced";
    public const string FeedbackContracted = "fb_contracted";
    public const string FeedbackRejected = "fb_rejected";
    public const string FeedbackNet = "fb_net";

    /// <summary>Every feature in row order. New ones go at the end: scorers read theirs by name.</summary>
    public static readonly string[] All =
    [
        Bm25, Bm25Relative, LexicalRank, Tfidf, TitleTfidf, TitleWords, TitleBigrams, KeywordWords, KeywordBigrams,
        AllWords, AllBigrams, Codes, WordCoverage, BigramCoverage, OrderedPairs, QueryLength, DocumentLength, EmbeddingCosine,
        TrlFit, BudgetFit, RegionFit, CooperationFit, DeadlineFit, FeedbackAdvanced, FeedbackContracted, FeedbackRejected, FeedbackNet,
    ];

    /// <summary>The TF-IDF features, left out together by the "tfidf" ablation.</summary>
    public static readonly string[] TfidfGroup = [Tfidf, TitleTfidf];

    public static int IndexOf(string name) => Array.IndexOf(All, name);
}
