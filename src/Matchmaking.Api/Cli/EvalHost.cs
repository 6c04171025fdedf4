using Matchmaking.Api.Hosting;
using Matchmaking.Core;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Cli;

/// <summary>
/// The served application over a temporary database and index, for the eval and train-ranker verbs:
/// the service's own data is never touched. Paths to the repository's files are resolved up front.
/// </summary>
internal sealed class EvalHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string temp;

    private EvalHost(WebApplication app, string temp)
    {
        this.app = app;
        this.temp = temp;
    }

    public IServiceProvider Services => app.Services;

    /// <summary>The repository's paths (synonyms, models), not the temporary root.</summary>
    public static HostPaths RealPaths => new(CliPath.Root);

    public static async Task<EvalHost> StartAsync(IEnumerable<string> settings, CancellationToken ct)
    {
        string temp = Path.Combine(Path.GetTempPath(), "mm-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        var app = AppHost.Build(
        [
            $"--DataRoot={temp}",
            "--Storage:Provider=Sqlite",
            "--Storage:ConnectionString=Data Source=eval.db",
            "--Storage:SeedWhenEmpty=false",
            $"--Search:SynonymsPath={RealPaths.Resolve("indexes/analysis/synonyms.txt")}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ], serve: false);
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
        return new EvalHost(app, temp);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(temp, recursive: true);
    }
}
