using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>Tunables of the rerank step.</summary>
public sealed class RerankOptions
{
    public const string Section = "Search:Rerank";

    /// <summary>The rerank step of search-box queries.</summary>
    public RerankMode Mode { get; set; } = RerankMode.Lexical;

    /// <summary>
    /// The rerank step of recommendations (a whole listing as the query); null = <see cref="Mode"/>.
    /// Hybrid by default: on the seed set's planted pairs the fusion lifts demand → achievement (+0.013 at
    /// seed scale, +0.028 at 100k listings) and demand → expert (+0.019), and at 100k it did not cost what
    /// the character field did (README, Recommendations against a plain peer).
    /// </summary>
    public RerankMode? RecommendationMode { get; set; } = RerankMode.Hybrid;

    public RerankMode ModeFor(Pipeline.SearchPurpose purpose) => purpose == Pipeline.SearchPurpose.Recommendation ? RecommendationMode ?? Mode : Mode;

    /// <summary>
    /// Folder of the learned scorer (model.onnx + ranker.json, or builds the feedback retrain writes beside
    /// a CURRENT pointer), relative to the content root; empty or without a model = fusion. By default
    /// onnx-models/learned, which ships empty: the feedback retrain fills it with a scorer trained on this
    /// deployment's broker decisions, switched on only when it beats the served ranking on held-out decisions.
    /// The shipped onnx-models/ranker, trained on the seed set's planted pairs, lifts those (+0.16 nDCG@10
    /// held out) but drops real papers (csl-dev problem 0.77 → 0.50), so it is opt-in.
    /// </summary>
    public string ScorerPath { get; set; } = "onnx-models/learned";

    /// <summary>
    /// ONNX Runtime intra-op threads for the scorer, spinning off; 0 = its default (all cores, spinning).
    /// 1 by default: measured here on 2 shared cores, scoring 460 rows took p50 3.6 / p95 13.6 ms with the
    /// default and 2.3 / 3.2 ms with one thread, and a server's parallelism comes from concurrent searches.
    /// </summary>
    [Range(0, 64)]
    public int ScorerThreads { get; set; } = 1;

    /// <summary>Weight of BM25 (divided by the pool's best) in the fallback fusion.</summary>
    [Range(0, 100)]
    public double Bm25Weight { get; set; } = 1.0;

    /// <summary>Weight of the character n-gram TF-IDF cosine (divided by the pool's best) in the fallback fusion.</summary>
    [Range(0, 100)]
    public double TfidfWeight { get; set; } = 1.0;

    /// <summary>
    /// Weight of the embedding cosine (divided by the pool's best) in the fallback fusion; 0 by default
    /// because no embedding model measured here lifts the held-out sets (README, Reranking).
    /// </summary>
    [Range(0, 100)]
    public double EmbeddingWeight { get; set; }

    /// <summary>
    /// How much a single character counts against a character pair in the TF-IDF cosines (its idf is
    /// multiplied by this on both sides). Retrieval already matches words and bigrams; the characters add
    /// what they miss: related words sharing a morpheme (锂电池 / 锂离子). Measured on csl-dev problem,
    /// fusion nDCG@10, tuning fold 1 of 2: 0.5 → 0.8126, 1 → 0.8207, 2 → 0.8256, 3 → 0.8256, 5 → 0.8261,
    /// characters only → 0.8262; held-out fold 0: 1 → 0.8062, 3 → 0.8085 (README, Reranking).
    /// </summary>
    [Range(0.01, 100)]
    public double UnigramWeight { get; set; } = 3.0;

    /// <summary>
    /// Queries shorter than this many characters give the TF-IDF cosine proportionally less weight: on a
    /// few keywords BM25 over words already says it all, on a whole paragraph character overlap helps.
    /// </summary>
    [Range(1, 10_000)]
    public int LongQueryChars { get; set; } = 60;

    /// <summary>How many top hits get per-feature attributions from the scorer (each costs one row per feature).</summary>
    [Range(0, 100)]
    public int ExplainTop { get; set; } = 10;

    /// <summary>
    /// Memory for documents' cached text and n-gram vectors (about 5 KB for a 300-character listing); past
    /// it, further documents are tokenised per query. 256 MB holds ~50k such listings.
    /// </summary>
    [Range(0, 65_536)]
    public int NgramCacheMegabytes { get; set; } = 256;

    /// <summary>How old the broker-feedback snapshot may get before a background reload (searches never wait for it).</summary>
    public TimeSpan FeedbackRefresh { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>deadline_fit is met when the demand is due at least this many days after today.</summary>
    [Range(0, 3650)]
    public int DeadlineLeadDays { get; set; } = 30;

    /// <summary>The feedback retrain skips (and says why) with fewer labelled demands than this.</summary>
    [Range(1, 1_000_000)]
    public int RetrainMinGroups { get; set; } = 20;

    /// <summary>
    /// Also learn from the seed set's planted pairs (Storage:SeedDirectory/eval/achievements), for a
    /// deployment still running on the seed listings; broker decisions on the same pair win. Off by default.
    /// </summary>
    public bool RetrainWithSeedSet { get; set; }

    /// <summary>The feedback retrain skips (and says why) with fewer labelled decisions than this (seed-set labels included when on).</summary>
    [Range(1, 10_000_000)]
    public int RetrainMinDecisions { get; set; } = 50;

    /// <summary>
    /// Reject reasons that say the pair is not relevant, so the retrain learns them as negatives; any other
    /// reason (price, IP, capacity, …) keeps the stage the pair had reached (<see cref="MatchGrades.Label"/>).
    /// </summary>
    public Domain.RejectReason[] NotRelevantReasons { get; set; } = [Domain.RejectReason.NotRelevant];

    /// <summary>The latest share of decided demands (by their first decision) held out to compare the new scorer with the served ranking.</summary>
    [Range(0.05, 0.9)]
    public double RetrainHoldOutShare { get; set; } = 0.25;

    /// <summary>With fewer held-out demands than this the comparison is not made, and <see cref="RankerSwitch.WhenBetter"/> keeps the served ranking.</summary>
    [Range(1, 1_000_000)]
    public int RetrainMinHeldOut { get; set; } = 20;

    /// <summary>How much higher the new scorer's held-out nDCG@10 must be than the served ranking's to be switched on.</summary>
    [Range(0, 1)]
    public double RetrainMinGain { get; set; } = 0.005;

    /// <summary>When the feedback retrain switches its scorer on.</summary>
    public RankerSwitch RetrainSwitch { get; set; } = RankerSwitch.WhenBetter;

    /// <summary>Boosting rounds of the feedback retrain.</summary>
    [Range(1, 5000)]
    public int RetrainTrees { get; set; } = 200;

    /// <summary>Signals left out, for ablations: "tfidf" (fusion and features), "embedding", "scorer" (use the fusion).</summary>
    public string[] Without { get; set; } = [];
}
