using System.Text;
using System.Text.Json;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>One HTTP request of a probe case, exactly as it goes on the wire.</summary>
public sealed record ProbeRequest(string Method, string Path, string? ContentType, byte[]? Body, string? Bearer)
{
    public const string Json = "application/json";

    /// <summary>A GraphQL POST with the query (and variables) serialized as JSON.</summary>
    public static ProbeRequest Gql(string query, object? variables = null, string? bearer = null) =>
        new("POST", "/graphql", Json, JsonSerializer.SerializeToUtf8Bytes(new { query, variables }), bearer);

    /// <summary>A POST of a body written by hand (malformed JSON, escapes a serializer would not write).</summary>
    public static ProbeRequest Raw(string body, string? contentType = Json, string? bearer = null) =>
        new("POST", "/graphql", contentType, Encoding.UTF8.GetBytes(body), bearer);

    public static ProbeRequest Bytes(byte[] body, string? contentType = Json) => new("POST", "/graphql", contentType, body, null);
}
