using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Search;

/// <summary>Tunables of the search index and pipeline.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Folder that holds the live index directories and the pointer to the current one.</summary>
    [Required]
    public string IndexRoot { get; set; } = "indexes";

    /// <summary>
    /// Applied changes are searchable at once (near-real-time reopen); the durable commit that records the
    /// applied sequence, whose fsync is what costs, happens at most this often. A crash loses no write: the
    /// node replays the change log from its last commit.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Threads that analyse listings in a full index build (start-up, <c>reindex</c>, a requested rebuild); one more
    /// writes them, in the order read, so the index is the one a single thread builds. 1 = the writer analyses
    /// too. The segmenter is the cost: at 100k listings on 2 cores, 1 thread vs 2 is in the README (Speed).
    /// </summary>
    [Range(1, 256)]
    public int IndexBuildThreads { get; set; } = Math.Min(Environment.ProcessorCount, 256);

    /// <summary>
    /// How much lower than the service's the build's threads are scheduled (a Linux nice increment; 0 = the same), so
    /// searches served during a rebuild beside the live index get the cores first. Alone on the machine the build
    /// still takes every core; only its merges, Lucene's threads, keep the service's priority.
    /// </summary>
    [Range(0, 19)]
    public int IndexBuildNice { get; set; } = 10;

    /// <summary>How many lexical candidates the reranker sees.</summary>
    [Range(10, 2000)]
    public int CandidatePoolSize { get; set; } = 200;

    /// <summary>
    /// Facets are counted exactly over at most this many matches; past it, over a hashed sample of the match
    /// set of at most this many documents (the rate halves until the sample fits, so it is usually above half
    /// the bound, but only the upper bound is guaranteed), scaled up and flagged <c>exact: false</c>.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int FacetSampleSize { get; set; } = 20_000;

    /// <summary>
    /// In an index of at least this many documents, the candidate pool is found by MaxScore
    /// (<c>MaxScoreSearch</c>): the same hits and scores without scoring every posting; the total and the facets
    /// are then counted on <see cref="CountSamplePostings"/>. 0 = every search scores every match.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int PruneMinDocuments { get; set; } = 500_000;

    /// <summary>
    /// With pruning, a query whose terms hold more postings than this is counted (total, facets) on evenly
    /// spread windows of the index holding about this many of them, scaled up and flagged inexact
    /// (<c>totalCountIsExact</c>, <c>exact</c>); at most this many are counted exactly.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int CountSamplePostings { get; set; } = 1_000_000;

    /// <summary>
    /// With pruning on, a long text (at least <see cref="LongQueryPruneWords"/> distinct words: a whole demand as
    /// the query) skips a document once it cannot beat this multiple of the current k-th score (aggressive MaxScore):
    /// far fewer postings read, at the risk of missing a hit scored between the k-th and that multiple. 1 = exact.
    /// </summary>
    [Range(1.0, 100.0)]
    public float LongQueryPrune { get; set; } = 1f;

    /// <summary>
    /// With pruning on, one search's MaxScore walk is cut into this many ranges of document ids searched at once
    /// (the same hits; the ranges share their k-th scores as they go). 1 = the request's thread only.
    /// </summary>
    [Range(1, 64)]
    public int PruneThreads { get; set; } = 2;

    /// <summary>The fewest documents (to walk, or to count) worth a thread of their own for <see cref="PruneThreads"/>.</summary>
    [Range(1, int.MaxValue)]
    public int PruneThreadMinDocuments { get; set; } = 50_000;

    /// <summary>How many distinct words make a text long for <see cref="LongQueryPrune"/>.</summary>
    [Range(1, int.MaxValue)]
    public int LongQueryPruneWords { get; set; } = 16;

    /// <summary>User text beyond this many characters is cut before analysis.</summary>
    [Range(16, 100_000)]
    public int MaxQueryChars { get; set; } = 2_000;

    /// <summary>At most this many distinct terms of one field enter a query (Lucene allows 1,024 clauses).</summary>
    [Range(8, 1000)]
    public int MaxTermsPerField { get; set; } = 512;

    [Range(1, 100)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>How word fields are scored: BM25 (default) or Lucene's classic TF-IDF.</summary>
    public Scoring WordScoring { get; set; } = Scoring.Bm25;

    /// <summary>How bigram fields are scored: classic TF-IDF by default (measured better than BM25 on csl-dev problem).</summary>
    public Scoring BigramScoring { get; set; } = Scoring.Classic;

    /// <summary>How the character field (recommendations only) is scored.</summary>
    public Scoring UnigramScoring { get; set; } = Scoring.Bm25;

    /// <summary>
    /// Weight of single CJK characters in a recommendation's query (the whole text's most telling
    /// <see cref="LongQueryTerms"/> characters over the "all_u" field); 0 = not queried. Search-box
    /// queries never use them. 1 measured best on the seed set's planted pairs (0.5 / 1 / 2; README); off by
    /// default because at 100k its clauses cost more than the latency budget allows (README).
    /// </summary>
    [Range(0, 10)]
    public float RecommendationUnigramBoost { get; set; }

    /// <summary>
    /// A recommendation's query built as the plain n-gram peer builds it (README "Recommendations against a
    /// plain peer"), over the served index: every distinct word, character pair and single character of the
    /// whole text ORed (no <see cref="LongQueryTerms"/> cut, no common-terms rule), a repeated term weighted
    /// 2·tf / (1 + tf), all scored by BM25 with <see cref="RecommendationBm25K1"/> / <see cref="RecommendationBm25B"/>
    /// (norms are stored as Lucene's classic and BM25 both read them, so this is query time only).
    /// Characters weigh <see cref="RecommendationUnigramBoost"/>, or 1 when that is 0. Title and keywords
    /// keep their boost terms. The search box never uses it.
    /// </summary>
    public bool RecommendationNgramQuery { get; set; }

    /// <summary>
    /// The <see cref="RecommendationNgramQuery"/> keeps at most this many words, as many character pairs and as
    /// many characters of the text, the most telling by tf × idf (text order kept); 0 keeps every one (up to
    /// <see cref="MaxTermsPerField"/>). A cap on the opt-in query's latency; its effect is not measured yet.
    /// </summary>
    [Range(0, 1000)]
    public int RecommendationNgramTerms { get; set; }

    /// <summary>
    /// A recommendation's pool is retrieved by the fast query as the search box's is, then its top this many are
    /// rescored by the n-gram query (<see cref="RecommendationNgramQuery"/>'s construction and BM25) cut to
    /// <see cref="RecommendationNgramRescoreTerms"/>, scoring only those documents; that score replaces the lexical
    /// one, and the best <see cref="CandidatePoolSize"/> go on to the rerank. 0 = off. Unused while
    /// <see cref="RecommendationNgramQuery"/> is on (its query already is the n-gram one). The search box never uses it.
    /// Off by default: 512 / 64 measured +0.0033 nDCG@10 at 100k (not the full n-gram query's +0.024), −0.0014 on the seed
    /// set's achievements and +0.009 on its experts, with a p95 above the shipped one's (README, "the n-gram rescore").
    /// </summary>
    [Range(0, 2000)]
    public int RecommendationNgramRescorePool { get; set; }

    /// <summary>
    /// The rescore query (<see cref="RecommendationNgramRescorePool"/>) keeps at most this many words, as many
    /// character pairs and as many characters of the text, the most telling by tf × idf; 0 keeps every one (up to
    /// <see cref="MaxTermsPerField"/>).
    /// </summary>
    [Range(0, 1000)]
    public int RecommendationNgramRescoreTerms { get; set; } = 64;

    [Range(0.1, 5)]
    public float RecommendationBm25K1 { get; set; } = 1f;

    [Range(0, 1)]
    public float RecommendationBm25B { get; set; } = 0.5f;

    [Range(0.1, 5)]
    public float Bm25K1 { get; set; } = 1.2f;

    [Range(0, 1)]
    public float Bm25B { get; set; } = 0.75f;

    /// <summary>Whether the title and keyword boosts also query those fields' bigrams (costlier, see README).</summary>
    public bool TitleBigrams { get; set; } = true;

    /// <summary>Weight of the whole text (title, keywords and body together).</summary>
    public float AllBoost { get; set; } = 1f;

    /// <summary>Extra weight of a match in the title, on top of the whole text.</summary>
    public float TitleBoost { get; set; } = 0.2f;

    /// <summary>Extra weight of a match in the keywords, on top of the whole text.</summary>
    public float KeywordsBoost { get; set; } = 0.1f;

    /// <summary>Weight of the model-number field (sic-mosfet, 0.02mm): an exact code match is strong evidence.</summary>
    public float CodesBoost { get; set; } = 1f;

    /// <summary>Weight of consecutive query words found near each other (ordered word pairs within <see cref="ProximitySlop"/>).</summary>
    public float ProximityBoost { get; set; }

    [Range(0, 10)]
    public int ProximitySlop { get; set; } = 2;

    /// <summary>
    /// How far each keyword of a keyword list (space-separated, no sentence punctuation) is brought to
    /// the same total weight (0 = not at all, 1 = fully): a term weighs (mean terms per keyword / terms
    /// in its keyword)^SegmentBalance. Sentences and one-keyword queries are left as they are.
    /// </summary>
    [Range(0, 4)]
    public float SegmentBalance { get; set; } = 0.75f;

    /// <summary>
    /// Terms in more than this share of the documents only add to the score of documents that match a
    /// rarer query term (Lucene's CommonTermsQuery); 0 = every term may match on its own. At 0.2 csl-dev
    /// nDCG@10 does not move and title-length searches retrieve in half the time (README, Speed).
    /// </summary>
    [Range(0, 1)]
    public float CommonTermsFrequency { get; set; } = 0.2f;

    /// <summary>Below this many documents in the index every term may match on its own (a small index is fast anyway).</summary>
    [Range(0, int.MaxValue)]
    public int CommonTermsMinDocuments { get; set; } = 500;

    /// <summary>
    /// A text with more distinct words (or bigrams) than this keeps only this many, the most telling by
    /// tf × idf; 0 keeps all (up to <see cref="MaxTermsPerField"/>).
    /// </summary>
    [Range(0, 1000)]
    public int LongQueryTerms { get; set; } = 128;

    /// <summary>
    /// The title and keyword fields (boosts on top of the whole text) are queried with at most this many
    /// of a text's words and as many bigrams, the most telling by tf × idf; 0 = all it keeps. A whole
    /// demand otherwise puts its 128 + 128 terms into each of the three fields (see README, Speed).
    /// </summary>
    [Range(0, 1000)]
    public int BoostFieldTerms { get; set; } = 32;

    /// <summary>Weight of a synonym from the domain list relative to the user's own term.</summary>
    public float SynonymWeight { get; set; } = 0.5f;

    /// <summary>The user-editable synonym list, relative to the data root.</summary>
    public string SynonymsPath { get; set; } = "indexes/analysis/synonyms.txt";

    /// <summary>The curated English → Chinese technical terms, relative to the data root; empty = off.</summary>
    public string GlossaryPath { get; set; } = "indexes/analysis/glossary.txt";

    /// <summary>CC-CEDICT exported by tools/glossary (npm run export), relative to the data root; absent or empty = curated terms only.</summary>
    public string CedictPath { get; set; } = "tools/glossary/cedict-en-zh.tsv";

    /// <summary>How many of a CC-CEDICT sense's Chinese words an English word adds (those the index uses most).</summary>
    [Range(1, 10)]
    public int CedictWords { get; set; } = 2;

    /// <summary>Share added to a candidate's score when its TRL reaches the demand's required TRL.</summary>
    public double TrlFitBoost { get; set; } = 0.2;

    /// <summary>Share added when the candidate's price fits the budget.</summary>
    public double BudgetFitBoost { get; set; } = 0.15;

    /// <summary>Share added when the candidate is in the preferred region.</summary>
    public double RegionBoost { get; set; } = 0.1;

    /// <summary>The share of its BM25 part a candidate gains for meeting the named constraint (see <see cref="Pipeline.ConstraintFit"/>).</summary>
    public double FitBoost(string constraint) => constraint switch
    {
        Pipeline.ConstraintFit.Trl => TrlFitBoost,
        Pipeline.ConstraintFit.Budget => BudgetFitBoost,
        Pipeline.ConstraintFit.Region => RegionBoost,

        // Cooperation and deadline are explained, not boosted: the lexical ranking stays as measured.
        _ => 0,
    };

    /// <summary>Characters around each highlighted passage.</summary>
    [Range(20, 500)]
    public int SnippetChars { get; set; } = 80;

    /// <summary>Weight of the character-bigram fields relative to the word fields.</summary>
    public float BigramWeight { get; set; } = 1f;
}
