using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed record SearchPage(SearchResult Result, IReadOnlyList<SearchEdge> Edges, global::GraphQL.Types.Relay.DataObjects.PageInfo PageInfo);
