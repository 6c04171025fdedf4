using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);
