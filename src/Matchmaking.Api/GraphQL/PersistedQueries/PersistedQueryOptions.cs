using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.GraphQL.PersistedQueries;

/// <summary>Persisted queries: the mode, the committed manifest and the bound of the per-node cache.</summary>
public sealed class PersistedQueryOptions
{
    public const string Section = "GraphQL:PersistedQueries";

    public PersistedQueryMode Mode { get; set; } = PersistedQueryMode.Automatic;

    /// <summary>
    /// The operations tools/codegen extracts from GraphiQL's tabs and the README (Apollo's manifest format),
    /// relative to the content root. Its hashes run in every mode but Off.
    /// </summary>
    [Required]
    public string ManifestPath { get; set; } = "persisted-queries.json";

    /// <summary>
    /// Characters of query text the automatic cache holds on this node; past it the least recently used
    /// go, and a client whose hash is gone resends the text (PERSISTED_QUERY_NOT_FOUND).
    /// </summary>
    [Range(1_000, 1_000_000_000)]
    public long CacheChars { get; set; } = 10_000_000;
}
