using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>analyze → retrieve → rerank → explain. The API, eval and bench all call this one pipeline.</summary>
public sealed class SearchPipeline(QueryAnalyzer analyzer, LexicalRetriever retriever, IReranker reranker, Explainer explainer, IOptions<SearchOptions> options, TimeProvider clock)
{
    public async Task<SearchResult> RunAsync(SearchRequest request, CancellationToken ct)
    {
        request = request.Today is null ? request with { Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) } : request;
        AnalyzedQuery query = analyzer.Analyze(request);
        if (query.IsEmpty)
        {
            return SearchResult.Empty;
        }

        int page = request.Offset + request.Limit;
        int pool = reranker.Reorders(request) ? Math.Max(options.Value.CandidatePoolSize, page) : page;
        Retrieval retrieval = retriever.Retrieve(query, pool);
        IReadOnlyList<RankedHit> ranked = await reranker.RerankAsync(query, retrieval.Candidates, ct);
        return explainer.Explain(query, retrieval, ranked.Skip(request.Offset).Take(request.Limit));
    }
}
