namespace Matchmaking.Api.GraphQL.PersistedQueries;

/// <summary>Either the query text to execute or an error code and message to answer with.</summary>
internal readonly record struct PersistedQueryResolution(string? Query, string? Code, string? Message)
{
    public static PersistedQueryResolution Run(string? query) => new(query, null, null);

    public static PersistedQueryResolution Fail(string code, string message) => new(null, code, message);
}
