using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>A hit and its cursor.</summary>
public sealed record SearchEdge(SearchHit Hit, string Cursor);
