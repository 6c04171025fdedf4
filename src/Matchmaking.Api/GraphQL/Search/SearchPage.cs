using GraphQL.Types.Relay.DataObjects;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>A page of hits: each edge pairs a hit with its listing (loaded up front) and cursor.</summary>
public sealed record SearchPage(SearchResult Result, IReadOnlyList<SearchEdge> Edges, PageInfo PageInfo, int TotalCount);

/// <summary>A hit, the listing it names, and its cursor; for recommendations, also the listing they were made for.</summary>
public sealed record SearchEdge(SearchHit Hit, object Listing, string Cursor)
{
    /// <summary>The demand, achievement or expert the recommendations are for; null for a free-text search.</summary>
    public (ListingKind Kind, Guid Id)? For { get; init; }
}
