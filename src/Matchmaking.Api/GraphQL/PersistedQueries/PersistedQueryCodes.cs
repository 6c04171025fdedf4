namespace Matchmaking.Api.GraphQL.PersistedQueries;

/// <summary>The error codes of persisted queries; the first two are the ones Apollo's clients react to.</summary>
internal static class PersistedQueryCodes
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    public const string Required = "PERSISTED_QUERY_REQUIRED";

    public const string BadUserInput = "BAD_USER_INPUT";
}
