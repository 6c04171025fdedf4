using Matchmaking.Core.Search.Rerank;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// The reranker without a model: BM25, plus a boost for each soft constraint a candidate meets (TRL at
/// or above the demand's, a price within budget, the preferred region). Signals add up to the score.
/// </summary>
public sealed class LexicalReranker(IOptions<SearchOptions> options, IOptions<RerankOptions> rerankOptions) : IReranker
{
    public const string Bm25Signal = "bm25";

    /// <summary>Only constraint boosts move a hit; a plain search keeps BM25's order.</summary>
    public bool Reorders(SearchRequest request) => request.Preferences is not null;

    public Task<IReadOnlyList<RankedHit>> RerankAsync(AnalyzedQuery query, IReadOnlyList<Candidate> candidates, CancellationToken ct)
    {
        var o = options.Value;
        var preferences = query.Request.Preferences;
        int leadDays = rerankOptions.Value.DeadlineLeadDays;
        var ranked = new List<RankedHit>(candidates.Count);
        foreach (var candidate in candidates)
        {
            double bm25 = candidate.LexicalScore;
            var signals = new Dictionary<string, double> { [Bm25Signal] = bm25 };
            var checks = ConstraintFit.Evaluate(preferences, candidate.Facts, query.Request.Today, leadDays);
            foreach (var check in checks.Where(c => c.Met && o.FitBoost(c.Name) != 0))
            {
                signals[check.Name] = bm25 * o.FitBoost(check.Name);
            }

            ranked.Add(new RankedHit(candidate, signals.Values.Sum(), signals) { Constraints = checks });
        }

        // Stable on ties: the retrieve step's order decides.
        IReadOnlyList<RankedHit> ordered = ranked.OrderByDescending(h => h.Score).ToList();
        return Task.FromResult(ordered);
    }
}
