using GraphQL.DataLoader;

namespace Matchmaking.Api.GraphQL.Loading;

/// <summary>A result the engine awaits after the current level is resolved; chain loads without losing the batch.</summary>
public sealed class Deferred<T>(Func<CancellationToken, Task<T>> run) : IDataLoaderResult<T>
{
    private Task<T>? task;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => task ??= run(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
