using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.SavedSearches;

/// <summary>A saved search as the pipeline runs it, for the user who runs it again and for the digest job alike.</summary>
public static class SavedSearchRequests
{
    public static SearchRequest From(SavedSearch search, int limit) =>
        new(search.Text, Kinds(search), limit)
        {
            Filter = search.Industry is { } industry ? new SearchFilter { Industries = [industry] } : SearchFilter.None,
        };

    public static IReadOnlyCollection<ListingKind> Kinds(SavedSearch search) =>
        search.Kinds.Select(k => Enum.TryParse<ListingKind>(k, out var kind) ? kind : (ListingKind?)null).OfType<ListingKind>().ToArray();
}
