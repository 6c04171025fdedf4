using GraphQL;
using GraphQL.Transport;

namespace Matchmaking.Api.GraphQL;

/// <summary>GET /graphql?query=…&amp;variables=…&amp;operationName=…&amp;extensions=… (GraphQL over HTTP): the parameters as a request.</summary>
internal static class HttpGetRequest
{
    /// <summary>Whether the URL asks for an operation; without query or extensions a GET opens GraphiQL.</summary>
    public static bool HasOperation(HttpRequest request) => request.Query.ContainsKey("query") || request.Query.ContainsKey("extensions");

    /// <summary>The request, or null when variables or extensions are not JSON objects.</summary>
    public static GraphQLRequest? Read(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        try
        {
            return new GraphQLRequest
            {
                Query = Single(request, "query"),
                OperationName = Single(request, "operationName"),
                Variables = Single(request, "variables") is { Length: > 0 } variables ? serializer.Deserialize<global::GraphQL.Inputs>(variables) : null,
                Extensions = Single(request, "extensions") is { Length: > 0 } extensions ? serializer.Deserialize<global::GraphQL.Inputs>(extensions) : null,
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>application/graphql-response+json when the client asks for it at least as much as for application/json.</summary>
    public static string ResponseMediaType(HttpRequest request)
    {
        double graphql = 0, json = 0;
        if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            foreach (var type in accepted)
            {
                double quality = type.Quality ?? 1;
                if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                {
                    graphql = Math.Max(graphql, quality);
                }
                else if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
                {
                    json = Math.Max(json, quality);
                }
            }
        }

        return graphql > 0 && graphql >= json ? GraphQLResponse : "application/json";
    }

    public const string GraphQLResponse = "application/graphql-response+json";

    private static string? Single(HttpRequest request, string name) => request.Query.TryGetValue(name, out var values) ? values.ToString() : null;
}
