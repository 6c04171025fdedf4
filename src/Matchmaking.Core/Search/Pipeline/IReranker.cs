namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Step 3: rescores the candidate pool. The seam where the ONNX reranker plugs in.</summary>
public interface IReranker
{
    Task<IReadOnlyList<RankedHit>> RerankAsync(AnalyzedQuery query, IReadOnlyList<Candidate> candidates, CancellationToken ct);

    /// <summary>
    /// Whether this request's order can differ from BM25's. When it cannot, retrieving the page itself
    /// is enough and the candidate pool is not filled.
    /// </summary>
    bool Reorders(SearchRequest request) => true;
}
