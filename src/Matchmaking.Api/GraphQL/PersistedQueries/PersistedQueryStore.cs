using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL.PersistedQueries;

/// <summary>
/// Apollo's automatic persisted queries (a client sends extensions.persistedQuery { version: 1, sha256Hash }
/// and the text only when the hash is unknown) and the allow-list of the committed manifest. The cache is
/// this node's memory, bounded by characters: no table, and another node learns a hash from its first miss.
/// </summary>
internal sealed class PersistedQueryStore : IDisposable
{
    private readonly PersistedQueryOptions options;
    private readonly MemoryCache cache;
    private readonly Dictionary<string, string> manifest;

    public PersistedQueryStore(IOptions<PersistedQueryOptions> options, IHostEnvironment environment)
    {
        this.options = options.Value;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = this.options.CacheChars });
        manifest = LoadManifest(Path.Combine(environment.ContentRootPath, this.options.ManifestPath));
    }

    public PersistedQueryMode Mode => options.Mode;

    /// <summary>How many operations the manifest allows.</summary>
    public int ManifestCount => manifest.Count;

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text, as Apollo's clients compute it.</summary>
    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>The text to execute, or the error that answers the request instead.</summary>
    public PersistedQueryResolution Resolve(string? query, global::GraphQL.Inputs? extensions)
    {
        if (extensions?.TryGetValue("persistedQuery", out object? value) != true || value is null)
        {
            return query is { Length: > 0 } && options.Mode == PersistedQueryMode.AllowList && !manifest.ContainsKey(Hash(query))
                ? PersistedQueryResolution.Fail(PersistedQueryCodes.Required, "This server runs persisted queries only: send extensions.persistedQuery { version: 1, sha256Hash } of an operation in its manifest.")
                : PersistedQueryResolution.Run(query);
        }

        if (options.Mode == PersistedQueryMode.Off)
        {
            return PersistedQueryResolution.Fail(PersistedQueryCodes.NotSupported, "Persisted queries are off on this server; send the query text.");
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted
            || !persisted.TryGetValue("version", out object? version) || version is not (int or long) || Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) != 1
            || !persisted.TryGetValue("sha256Hash", out object? raw) || raw is not string hash || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            return PersistedQueryResolution.Fail(PersistedQueryCodes.BadUserInput, "extensions.persistedQuery must be { version: 1, sha256Hash: <64 hex digits> }.");
        }

        hash = hash.ToLowerInvariant();
        if (query is { Length: > 0 })
        {
            if (Hash(query) != hash)
            {
                return PersistedQueryResolution.Fail(PersistedQueryCodes.BadUserInput, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query text.");
            }

            if (options.Mode == PersistedQueryMode.AllowList && !manifest.ContainsKey(hash))
            {
                return PersistedQueryResolution.Fail(PersistedQueryCodes.NotFound, "No operation with this hash is in the server's manifest.");
            }

            if (!manifest.ContainsKey(hash))
            {
                cache.Set(hash, query, new MemoryCacheEntryOptions { Size = query.Length });
            }

            return PersistedQueryResolution.Run(query);
        }

        if (manifest.TryGetValue(hash, out string? listed))
        {
            return PersistedQueryResolution.Run(listed);
        }

        return options.Mode == PersistedQueryMode.Automatic && cache.TryGetValue(hash, out string? cached)
            ? PersistedQueryResolution.Run(cached)
            : PersistedQueryResolution.Fail(PersistedQueryCodes.NotFound, options.Mode == PersistedQueryMode.AllowList
                ? "No operation with this hash is in the server's manifest."
                : "PersistedQueryNotFound: send the query text with its hash once.");
    }

    public void Dispose() => cache.Dispose();

    private static Dictionary<string, string> LoadManifest(string path)
    {
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return operations;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var operation in json.RootElement.GetProperty("operations").EnumerateArray())
        {
            string id = operation.GetProperty("id").GetString()!;
            string body = operation.GetProperty("body").GetString()!;

            // A hand edit that breaks a hash would make that operation unreachable without a sign; refuse it.
            if (Hash(body) != id)
            {
                throw new InvalidDataException($"{path}: operation {id} is not the SHA-256 of its body; regenerate it with tools/codegen.");
            }

            operations[id] = body;
        }

        return operations;
    }
}
