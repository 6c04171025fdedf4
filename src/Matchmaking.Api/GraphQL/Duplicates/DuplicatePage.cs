using GraphQL.Types.Relay.DataObjects;
using Matchmaking.Core.Listings.Duplicates;

namespace Matchmaking.Api.GraphQL.Duplicates;

/// <summary>A page of possible duplicates: each edge pairs the other listing with how similar it is and why.</summary>
public sealed record DuplicatePage(IReadOnlyList<DuplicateEdge> Edges, PageInfo PageInfo, int TotalCount);

/// <summary>A possible duplicate, the listing it names (loaded up front), and its cursor.</summary>
public sealed record DuplicateEdge(PossibleDuplicate Duplicate, object Listing, string Cursor);
