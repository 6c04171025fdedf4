namespace Matchmaking.Core.Search.Pipeline;

/// <summary>The fallback when no model is configured: keeps the BM25 order and reports BM25 as the only signal.</summary>
public sealed class LexicalReranker : IReranker
{
    public const string Bm25Signal = "bm25";

    public Task<IReadOnlyList<RankedHit>> RerankAsync(AnalyzedQuery query, IReadOnlyList<Candidate> candidates, CancellationToken ct)
    {
        IReadOnlyList<RankedHit> ranked = candidates
            .Select(c => new RankedHit(c, c.LexicalScore, new Dictionary<string, double> { [Bm25Signal] = c.LexicalScore }))
            .ToList();
        return Task.FromResult(ranked);
    }
}
