using GraphQL.DataLoader;

namespace Matchmaking.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for and fetches them in one round trip when the engine first
/// awaits a result. The engine resolves every field of a level before it awaits any
/// <see cref="IDataLoaderResult"/>, so a page of N parents costs one fetch, not N. Scoped to a request;
/// queries run with the serial strategy, so no two fetches overlap on the request's DbContext.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, TValue?> loaded = [];
    private HashSet<TKey> pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key))
        {
            pending.Add(key);
        }

        return new Deferred<TValue?>(ct => GetAsync(key, ct));
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        if (!loaded.ContainsKey(key) && pending.Count > 0)
        {
            var keys = pending;
            pending = [];
            var found = await fetch(keys, ct);
            foreach (var k in keys)
            {
                loaded[k] = found.TryGetValue(k, out var value) ? value : null;
            }
        }

        return loaded.GetValueOrDefault(key);
    }
}
