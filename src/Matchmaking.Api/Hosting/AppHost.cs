using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Api.Health;
using Matchmaking.Api.Jobs;
using Matchmaking.Api.Notifications;
using Matchmaking.Api.Security;
using Matchmaking.Api.Telemetry;
using Matchmaking.Core;
using Matchmaking.Core.Ai;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.SavedSearches;
using Matchmaking.Core.Search;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.Hosting;

/// <summary>Builds the one web application that every verb runs in.</summary>
public static class AppHost
{
    public static WebApplication Build(string[] args, bool serve)
    {
        var builder = WebApplication.CreateBuilder(args).UseDefaultUrlsUnlessConfigured();
        builder.Services.AddSingleton<IHostPaths>(sp => HostPaths.Discover(builder.Environment.ContentRootPath, sp.GetRequiredService<IConfiguration>()["DataRoot"]));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMatchmakingStorage();
        builder.Services.AddMatchmakingSearch();
        builder.Services.AddMatchmakingAi();
        builder.Services.AddSingleton<IndexCatchUpWorker>();
        builder.Services.AddSingleton<IListingChangeNotifier>(sp => sp.GetRequiredService<IndexCatchUpWorker>());
        builder.Services.AddScoped<ListingService>();
        builder.Services.AddMatchmakingLedger();
        builder.Services.AddScoped<ListingQueries>();
        builder.Services.AddScoped<MatchService>();
        builder.Services.AddScoped<ConflictDeclarationService>();
        builder.Services.AddScoped<MatchBrokerService>();
        builder.Services.AddScoped<MatchFeedbackService>();
        builder.Services.AddScoped<Core.Users.ProfileClaimService>();
        builder.Services.AddScoped<MatchQueries>();
        builder.Services.AddScoped<Core.Analytics.AnalyticsService>();
        builder.Services.AddScoped<SavedSearchService>();
        builder.Services.AddMatchmakingNotifications();
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddMatchmakingAuth();
        builder.Services.AddMatchmakingGraphQL(builder.Environment);
        if (serve)
        {
            builder.Services.AddMatchmakingJobs();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<IndexCatchUpWorker>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<NodeDuties>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangeFeedListener>());
            builder.Services.AddHostedService<StartupWorker>();
            builder.Services.AddMatchmakingHealth();
            builder.Services.AddMatchmakingSecurity();
            builder.Services.AddMatchmakingTelemetry(builder.Configuration);
        }

        var app = builder.Build();
        if (serve)
        {
            app.UseMatchmakingSecurityHeaders();
            app.UseStaticFiles();
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapMatchmakingHealth();
            app.UseMatchmakingTelemetry();
            app.MapGraphQLEndpoint();
            app.MapUnsubscribe();
            app.UseMatchmakingJobs();
            Insights.InsightsEndpoints.MapInsights(app);
            Exports.LedgerExportEndpoints.MapLedgerExports(app);
        }

        return app;
    }
}
