using Matchmaking.Core.Listings.Duplicates;
using Matchmaking.Core.Search.Exposure;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// analyze → retrieve → rerank → explain. The API, eval and bench all call this one pipeline. Between rerank
/// and explain the exposure control demotes experts who cannot take a project and caps one institution's share of the top,
/// and duplicate groups collapse to their best-ranked listing.
/// </summary>
public sealed class SearchPipeline(QueryAnalyzer analyzer, LexicalRetriever retriever, IReranker reranker, ExposureControl exposure, Explainer explainer, IOptions<SearchOptions> options, TimeProvider clock, SearchMetrics metrics, DuplicateDetector duplicates)
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
        int pool = reranker.Reorders(request) || exposure.Reorders(request) ? Math.Max(options.Value.CandidatePoolSize, page) : page;

        // Collapsing drops hits, so a page needs candidates beyond it; twice the page covers groups of two.
        if (request.CollapseDuplicates && duplicates.Enabled)
        {
            pool = Math.Max(pool, 2 * page);
        }

        Retrieval retrieval = retriever.Retrieve(query, pool);
        timer.Lap(SearchStep.Retrieve);
        IReadOnlyList<RankedHit> ranked = await exposure.ApplyAsync(request, await reranker.RerankAsync(query, retrieval.Candidates, ct), ct);
        var collapsed = request.CollapseDuplicates ? DuplicateCollapse.Apply(duplicates, ranked, page) : new(ranked, new Dictionary<Guid, int>(), 0);
        timer.Lap(SearchStep.Rerank);
        SearchResult result = explainer.Explain(query, retrieval, collapsed.Hits.Skip(request.Offset).Take(request.Limit));
        timer.Lap(SearchStep.Explain);
        return collapsed.GroupSizes.Count == 0 ? result : result with
        {
            TotalCount = Math.Max(result.Hits.Count, result.TotalCount - collapsed.Dropped),
            TotalCountIsExact = retrieval.TotalCountIsExact && retrieval.Candidates.Count >= retrieval.TotalCount && collapsed.Hits.Count < page,
            Hits = [.. result.Hits.Select(h => collapsed.GroupSizes.TryGetValue(h.Id, out int size) && size > 1 ? h with { DuplicateGroupSize = size } : h)],
        };
    }
}
