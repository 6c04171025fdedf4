namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Step 4: turns ranked hits into results that say why, from the signals the earlier steps produced.</summary>
public sealed class Explainer
{
    public SearchResult Explain(AnalyzedQuery query, Retrieval retrieval, IEnumerable<RankedHit> ranked)
    {
        var hits = ranked.Select(h => new SearchHit(h.Candidate.Id, h.Candidate.Kind, h.Candidate.Title, h.Score, Shares(h.Signals))).ToList();
        return new SearchResult(retrieval.TotalCount, hits);
    }

    private static Dictionary<string, double> Shares(IReadOnlyDictionary<string, double> signals)
    {
        double total = signals.Values.Sum(Math.Abs);
        return signals.ToDictionary(s => s.Key, s => total > 0 ? Math.Abs(s.Value) / total : 0);
    }
}
