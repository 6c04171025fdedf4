namespace Matchmaking.Api.GraphQL.PersistedQueries;

/// <summary>How the endpoint treats Apollo's automatic persisted queries (extensions.persistedQuery).</summary>
public enum PersistedQueryMode
{
    /// <summary>A hash runs the text registered under it (by an earlier request or the manifest); text runs as sent.</summary>
    Automatic,

    /// <summary>Only the manifest's hashes run; query text is refused with PERSISTED_QUERY_REQUIRED.</summary>
    AllowList,

    /// <summary>Hashes are refused with PERSISTED_QUERY_NOT_SUPPORTED (a client falls back to text).</summary>
    Off,
}
