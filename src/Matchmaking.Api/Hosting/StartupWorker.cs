using Matchmaking.Core.Search.Index;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Hosting;

/// <summary>
/// Brings the service to ready in the background while the web server already answers /healthz:
/// migrate the schema, load the seed set into an empty database, open or build the index.
/// </summary>
public sealed partial class StartupWorker(
    DatabaseInitializer database,
    SeedImporter seeds,
    IndexMaintenance indexes,
    Readiness readiness,
    IServer server,
    ILogger<StartupWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var progress = new Progress<string>(LogProgress);
        try
        {
            await database.MigrateAsync(stoppingToken);
            await seeds.ImportWhenEmptyAsync(progress, stoppingToken);
            await indexes.EnsureReadyAsync(progress, stoppingToken);
            readiness.MarkReady();
            string url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            LogReady(url);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before start-up finished.
        }
        catch (Exception e)
        {
            readiness.MarkFailed(e.Message);
            LogFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Step}")]
    private partial void LogProgress(string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ready: GraphQL at {Url}/graphql (GraphiQL on GET), health at {Url}/healthz, jobs at {Url}/hangfire")]
    private partial void LogReady(string url);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up failed")]
    private partial void LogFailed(Exception e);
}
