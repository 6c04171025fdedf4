using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Step 3 as configured per purpose: search-box queries rerank by <see cref="RerankOptions.Mode"/>,
/// recommendations (a whole listing as the query) by <see cref="RerankOptions.RecommendationMode"/>.
/// </summary>
public sealed class PurposeReranker(LexicalReranker lexical, HybridReranker hybrid, IOptions<RerankOptions> options) : IReranker
{
    public bool Reorders(SearchRequest request) => For(request).Reorders(request);

    public Task<IReadOnlyList<RankedHit>> RerankAsync(AnalyzedQuery query, IReadOnlyList<Candidate> candidates, CancellationToken ct) =>
        For(query.Request).RerankAsync(query, candidates, ct);

    private IReranker For(SearchRequest request) => options.Value.ModeFor(request.Purpose) == RerankMode.Hybrid ? hybrid : lexical;
}
