using Lucene.Net.Search;

namespace Matchmaking.Core.Search.Index;

/// <summary>An acquired searcher; dispose to release it back to the manager that handed it out.</summary>
public readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
