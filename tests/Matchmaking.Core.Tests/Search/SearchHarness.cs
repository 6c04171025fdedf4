using Matchmaking.Core.Listings;
using Matchmaking.Core.Search;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Search;

/// <summary>The real services over a temp SQLite file and a temp index folder, wired as the host wires them.</summary>
internal class SearchHarness : IDisposable
{
    private readonly TestDatabase database;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configure;
    private ServiceProvider services;

    /// <param name="configure">Registers more services beside search and storage (e.g. the notification services).</param>
    public SearchHarness(IReadOnlyDictionary<string, string?>? settings = null, StorageProvider provider = StorageProvider.Sqlite, Action<IServiceCollection>? configure = null)
    {
        this.settings = settings ?? new Dictionary<string, string?>();
        this.configure = configure;
        database = TestDatabase.Create(provider);
        Root = Path.Combine(Path.GetTempPath(), "mm-index-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        services = BuildServices();
    }

    public string Root { get; }

    public TestDatabase Database => database;

    public IndexMaintenance Maintenance => services.GetRequiredService<IndexMaintenance>();

    public ListingIndex Index => services.GetRequiredService<ListingIndex>();

    public SearchPipeline Pipeline => services.GetRequiredService<SearchPipeline>();

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public ListingService Listings(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<ListingService>();

    public IServiceScope Scope() => services.CreateScope();

    /// <summary>Drops every in-memory object, as a process restart would, and wires fresh ones over the same files.</summary>
    public void Restart()
    {
        services.Dispose();
        services = BuildServices();
    }

    public void Dispose()
    {
        services.Dispose();
        database.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:IndexRoot"] = "indexes",
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Storage:Provider"] = database.Provider.ToString(),
        }).AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging();
        collection.AddSingleton<IHostPaths>(new HostPaths(Root));
        collection.AddMatchmakingStorage();
        collection.AddMatchmakingSearch();
        collection.AddSingleton<IListingChangeNotifier, ManualNotifier>();
        collection.AddScoped<ListingService>();
        configure?.Invoke(collection);
        return collection.BuildServiceProvider();
    }

    private sealed class ManualNotifier : IListingChangeNotifier
    {
        public void ListingsChanged()
        {
            // Tests call CatchUpAsync themselves to control when the index moves.
        }
    }
}
