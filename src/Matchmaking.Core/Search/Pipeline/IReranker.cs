namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Step 3: rescores the candidate pool. The seam where the ONNX reranker plugs in.</summary>
public interface IReranker
{
    Task<IReadOnlyList<RankedHit>> RerankAsync(AnalyzedQuery query, IReadOnlyList<Candidate> candidates, CancellationToken ct);
}
