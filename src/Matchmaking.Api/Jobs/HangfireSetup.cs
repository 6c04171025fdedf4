using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Matchmaking.Api.Auth;
using Matchmaking.Core;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Jobs;

internal static class HangfireSetup
{
    public static IServiceCollection AddMatchmakingJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<LedgerJobs>();
        services.AddScoped<ListingJobs>();
        services.AddScoped<RerankJobs>();
        services.AddScoped<NotificationJobs>();
        services.AddHangfire((sp, config) =>
        {
            var options = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            var storage = sp.GetRequiredService<ResolvedStorage>();
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            config.UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()));
            if (options.Storage == JobStorageKind.InMemory)
            {
                config.UseInMemoryStorage(new InMemoryStorageOptions());
            }
            else if (storage.Provider == StorageProvider.Postgres)
            {
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(storage.ConnectionString), new PostgreSqlStorageOptions
                {
                    QueuePollInterval = options.PollInterval,
                    PrepareSchemaIfNecessary = true,
                });
            }
            else
            {
                string path = sp.GetRequiredService<IHostPaths>().Resolve(options.SqlitePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                config.UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = options.PollInterval });
            }
        });
        services.AddHangfireServer((sp, o) => o.WorkerCount = sp.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount);
        return services;
    }

    public static WebApplication UseMatchmakingJobs(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        app.MapDashboardSession();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            // Replaces the default local-requests-only filter, which would refuse an admin's browser in Production.
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardFilter(app.Environment.IsDevelopment(), app.Services.GetRequiredService<DashboardSession>())],
            DisplayStorageConnectionString = false,
        });
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();

        // Catch-up and rebuilds are node duties (every node, its own replica: IndexCatchUpWorker, NodeDuties),
        // never a job that one node of the cluster takes; drop the schedule earlier versions registered.
        jobs.RemoveIfExists("index-catch-up");
        var ledger = app.Services.GetRequiredService<IOptions<LedgerOptions>>().Value;
        jobs.AddOrUpdate<LedgerJobs>("ledger-settlement", j => j.SettleAsync(CancellationToken.None), ledger.SettlementCron);
        jobs.AddOrUpdate<LedgerJobs>("ledger-reconciliation", j => j.ReconcileAsync(CancellationToken.None), ledger.ReconciliationCron);
        var notifications = app.Services.GetRequiredService<IOptions<NotificationOptions>>().Value;
        if (Schedule(jobs, "notification-digests", notifications.DigestCron))
        {
            jobs.AddOrUpdate<NotificationJobs>("notification-digests", j => j.DigestAsync(CancellationToken.None), notifications.DigestCron);
        }

        if (Schedule(jobs, "notification-deliveries", notifications.DeliveryCron))
        {
            jobs.AddOrUpdate<NotificationJobs>("notification-deliveries", j => j.DeliverAsync(CancellationToken.None), notifications.DeliveryCron);
        }

        if (Schedule(jobs, "retrain-ranker", options.RetrainRankerCron))
        {
            jobs.AddOrUpdate<RerankJobs>("retrain-ranker", j => j.RetrainRankerAsync(CancellationToken.None), options.RetrainRankerCron);
        }

        if (Schedule(jobs, "retrain-embeddings", options.RetrainEmbeddingsCron))
        {
            jobs.AddOrUpdate<RerankJobs>("retrain-embeddings", j => j.RetrainEmbeddingsAsync(CancellationToken.None), options.RetrainEmbeddingsCron);
        }
        if (Schedule(jobs, "demand-expiry", options.DemandExpiryCron))
        {
            jobs.AddOrUpdate<ListingJobs>("demand-expiry", j => j.ExpireDemandsAsync(CancellationToken.None), options.DemandExpiryCron);
        }

        return app;
    }

    /// <summary>False (and the recurring job removed) when the cron is empty: the schedule is off.</summary>
    private static bool Schedule(IRecurringJobManager jobs, string id, string cron)
    {
        if (!string.IsNullOrWhiteSpace(cron))
        {
            return true;
        }

        jobs.RemoveIfExists(id);
        return false;
    }

    /// <summary>
    /// Admins only: an ADMIN bearer token, or the dashboard cookie from <see cref="DashboardSessionEndpoints"/>;
    /// in Development, requests from the machine itself too.
    /// </summary>
    private sealed class AdminDashboardFilter(bool isDevelopment, DashboardSession session) : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (http.User.IsInRole(Roles.Admin) || await session.IsAdminCookieAsync(http.Request.Cookies[session.CookieName]))
            {
                return true;
            }

            var remote = http.Connection.RemoteIpAddress;
            return isDevelopment && remote is not null && System.Net.IPAddress.IsLoopback(remote);
        }
    }
}
