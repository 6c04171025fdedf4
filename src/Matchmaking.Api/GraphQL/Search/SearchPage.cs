using GraphQL.Types.Relay.DataObjects;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>A page of hits: each edge pairs a hit with its listing (loaded up front) and cursor.</summary>
public sealed record SearchPage(SearchResult Result, IReadOnlyList<SearchEdge> Edges, PageInfo PageInfo, int TotalCount);

/// <summary>A hit, the listing it names, and its cursor.</summary>
public sealed record SearchEdge(SearchHit Hit, object Listing, string Cursor);
