using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;

namespace Matchmaking.Core.Tests.Search.Findable;

/// <summary>The committed seed set imported into a real SQLite file and indexed into a real Lucene folder, once per test class.</summary>
public sealed class SeededIndexFixture : IAsyncLifetime
{
    internal SearchHarness Harness { get; } = new();

    public async Task InitializeAsync()
    {
        await Harness.Get<SeedImporter>().ImportAsync(Path.Combine(RepositoryPaths.Root, "seed-data"), null, default);
        await Harness.Maintenance.EnsureReadyAsync(null, default);
    }

    public Task DisposeAsync()
    {
        Harness.Dispose();
        return Task.CompletedTask;
    }
}
