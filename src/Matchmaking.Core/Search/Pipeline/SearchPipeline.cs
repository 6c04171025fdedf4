using Matchmaking.Core.Listings.Duplicates;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>analyze → retrieve → rerank → explain. The API, eval and bench all call this one pipeline.</summary>
public sealed class SearchPipeline(QueryAnalyzer analyzer, LexicalRetriever retriever, IReranker reranker, Explainer explainer, IOptions<SearchOptions> options, TimeProvider clock, SearchMetrics metrics, DuplicateDetector duplicates)
{
    public async Task<SearchResult> RunAsync(SearchRequest request, CancellationToken ct)
    {
        request = request.Today is null ? request with { Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) } : request;
        using var activity = SearchMetrics.StartActivity();
        var timer = metrics.Start(activity);
        AnalyzedQuery query = analyzer.Analyze(request);
        timer.Lap(SearchStep.Analyze);
        if (query.IsEmpty)
        {
            return SearchResult.Empty;
        }

        int page = request.Offset + request.Limit;
        int pool = reranker.Reorders(request) ? Math.Max(options.Value.CandidatePoolSize, page) : page;
        Retrieval retrieval = retriever.Retrieve(query, pool);
        timer.Lap(SearchStep.Retrieve);
        IReadOnlyList<RankedHit> ranked = await reranker.RerankAsync(query, retrieval.Candidates, ct);
        var collapsed = request.CollapseDuplicates ? DuplicateCollapse.Apply(duplicates, ranked, page) : new(ranked, new Dictionary<Guid, int>(), 0);
        timer.Lap(SearchStep.Rerank);
        SearchResult result = explainer.Explain(query, retrieval, collapsed.Hits.Skip(request.Offset).Take(request.Limit));
        timer.Lap(SearchStep.Explain);
        return collapsed.GroupSizes.Count == 0 ? result : result with
        {
            TotalCount = Math.Max(result.Hits.Count, result.TotalCount - collapsed.Dropped),
            Hits = [.. result.Hits.Select(h => collapsed.GroupSizes.TryGetValue(h.Id, out int size) && size > 1 ? h with { DuplicateGroupSize = size } : h)],
        };
    }
}
