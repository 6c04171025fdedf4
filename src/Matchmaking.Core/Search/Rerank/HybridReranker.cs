using System.Diagnostics;
using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using F = Matchmaking.Core.Search.Rerank.RerankFeatures;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Step 3 with features: rescored by the ONNX scorer when one is present, else by a normalised fusion
/// of BM25 and the character n-gram TF-IDF cosine. Each hit's signals are the features' contributions.
/// </summary>
public sealed partial class HybridReranker(FeatureExtractor extractor, ScorerProvider scorers, IOptions<RerankOptions> options, IOptions<SearchOptions> searchOptions, ILogger<HybridReranker> logger) : IReranker
{
    public const string TfidfSignal = "tfidf";
    public const string EmbeddingSignal = "embedding";

    public Task<IReadOnlyList<RankedHit>> RerankAsync(AnalyzedQuery query, IReadOnlyList<Candidate> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<RankedHit>>([]);
        }

        long start = Stopwatch.GetTimestamp();
        var features = extractor.Extract(query, candidates);
        var scorer = options.Value.Without.Contains("scorer") ? null : scorers.Current;
        var hits = scorer is null ? Fuse(query, candidates, features) : Score(scorer, query, candidates, features);
        hits.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : b.Candidate.LexicalScore.CompareTo(a.Candidate.LexicalScore));
        if (scorer is not null)
        {
            Attribute(scorer, hits, features, candidates);
        }

        LogReranked(logger, candidates.Count, scorer is null ? "fusion" : "scorer", Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return Task.FromResult<IReadOnlyList<RankedHit>>(hits);
    }

    private List<RankedHit> Fuse(AnalyzedQuery query, IReadOnlyList<Candidate> candidates, FeatureMatrix features)
    {
        var o = options.Value;
        bool tfidf = !o.Without.Contains("tfidf");
        float bestCosine = Enumerable.Range(0, candidates.Count).Max(i => features[i, F.Tfidf]);
        double tfidfWeight = tfidf && bestCosine > 0 ? o.TfidfWeight * Math.Min(1.0, (double)query.Request.Text.Length / o.LongQueryChars) : 0;
        float bestEmbedding = Enumerable.Range(0, candidates.Count).Max(i => features[i, F.EmbeddingCosine]);
        double embeddingWeight = !o.Without.Contains(EmbeddingSignal) && bestEmbedding > 0 ? o.EmbeddingWeight : 0;
        var hits = new List<RankedHit>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            double lexical = o.Bm25Weight * features[i, F.Bm25Relative];
            double cosine = tfidfWeight > 0 ? tfidfWeight * features[i, F.Tfidf] / bestCosine : 0;
            double embedding = embeddingWeight > 0 ? embeddingWeight * features[i, F.EmbeddingCosine] / bestEmbedding : 0;
            var signals = new Dictionary<string, double> { [LexicalReranker.Bm25Signal] = lexical };
            if (tfidfWeight > 0)
            {
                signals[TfidfSignal] = cosine;
            }

            if (embeddingWeight > 0)
            {
                signals[EmbeddingSignal] = embedding;
            }

            // As in the lexical reranker: each constraint a listing query's candidate meets adds a share of its BM25 part.
            var checks = Checks(query, candidates[i]);
            foreach (var check in checks.Where(c => c.Met && searchOptions.Value.FitBoost(c.Name) != 0))
            {
                signals[check.Name] = lexical * searchOptions.Value.FitBoost(check.Name);
            }

            hits.Add(new RankedHit(candidates[i], signals.Values.Sum(), signals) { Constraints = checks });
        }

        return hits;
    }

    private List<RankedHit> Score(OnnxScorer scorer, AnalyzedQuery query, IReadOnlyList<Candidate> candidates, FeatureMatrix features)
    {
        float[] scores = scorer.Score(features.Rows);
        var hits = new List<RankedHit>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            hits.Add(new RankedHit(candidates[i], scores[i], new Dictionary<string, double> { ["scorer"] = scores[i] })
            {
                Constraints = Checks(query, candidates[i]),
            });
        }

        return hits;
    }

    /// <summary>
    /// Per-feature delta for the top hits: the score minus the score with that feature set to the pool's
    /// mean. One batched run; the explainer turns the deltas into shares.
    /// </summary>
    private void Attribute(OnnxScorer scorer, List<RankedHit> hits, FeatureMatrix features, IReadOnlyList<Candidate> candidates)
    {
        int top = Math.Min(options.Value.ExplainTop, hits.Count);
        if (top == 0)
        {
            return;
        }

        var names = scorer.Descriptor.Features;
        var row = new Dictionary<Candidate, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < candidates.Count; i++)
        {
            row[candidates[i]] = i;
        }

        var mean = new float[F.All.Length];
        foreach (var r in features.Rows)
        {
            for (int c = 0; c < mean.Length; c++)
            {
                mean[c] += r[c] / features.Rows.Length;
            }
        }

        // A feature already at the mean (e.g. the listing features of a free-text query) would score the
        // same row again for a delta of 0, so it is not probed.
        var probes = new List<float[]>(top * names.Count);
        var probed = new List<(int Hit, string Name)>(top * names.Count);
        for (int h = 0; h < top; h++)
        {
            var values = features.Rows[row[hits[h].Candidate]];
            foreach (string name in names)
            {
                int column = F.IndexOf(name);
                if (values[column] != mean[column])
                {
                    var probe = (float[])values.Clone();
                    probe[column] = mean[column];
                    probes.Add(probe);
                    probed.Add((h, name));
                }
            }
        }

        float[] scores = scorer.Score(probes);
        var signals = new Dictionary<string, double>[top];
        for (int p = 0; p < probes.Count; p++)
        {
            var (h, name) = probed[p];
            double delta = hits[h].Score - scores[p];
            if (delta != 0)
            {
                (signals[h] ??= [])[name] = delta;
            }
        }

        for (int h = 0; h < top; h++)
        {
            if (signals[h] is { } s)
            {
                hits[h] = hits[h] with { Signals = s };
            }
        }
    }

    private IReadOnlyList<ConstraintCheck> Checks(AnalyzedQuery query, Candidate candidate) =>
        ConstraintFit.Evaluate(query.Request.Preferences, candidate.Facts, query.Request.Today, options.Value.DeadlineLeadDays);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reranked {Candidates} candidates by {Method} in {ElapsedMs} ms")]
    private static partial void LogReranked(ILogger logger, int candidates, string method, double elapsedMs);
}
