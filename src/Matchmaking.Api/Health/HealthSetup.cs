using System.Text.Json;
using Matchmaking.Api.Hosting;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Search.Index;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matchmaking.Api.Health;

/// <summary>
/// Liveness (<c>/healthz/live</c>: the process answers), readiness (<c>/healthz/ready</c>: start-up done, index
/// open, database reachable) and the original <c>/healthz</c>. Anonymous callers get states only: exceptions
/// and their messages (file paths, hosts) go to the log, never into a response.
/// </summary>
internal static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddMatchmakingHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: [ReadyTag])
            .AddCheck<IndexHealthCheck>("index", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static WebApplication MapMatchmakingHealth(this WebApplication app)
    {
        // Kept as it was for pollers (tests, scripts): 200 {"status":"ready"}, else 503 "starting" or "failed" and
        // nothing more; once ready, with this node's replica (name, index generation, applied sequence, lag).
        app.MapGet("/healthz", (Readiness r, ListingIndex index, NodeDuties duties) =>
        {
            if (!r.IsReady)
            {
                return Results.Json(new { status = r.Failure is null ? "starting" : "failed" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var state = NodeState.Read(index);
            var node = new { name = duties.Name, indexGeneration = state.Generation, appliedSequence = state.AppliedSequence, lag = duties.Lag };
            return Results.Ok(new { status = "ready", node });
        });
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatesAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains(ReadyTag), ResponseWriter = WriteStatesAsync });
        return app;
    }

    /// <summary>{"status":"Healthy","checks":{"database":"Healthy",…}}: each check's state, no description or exception.</summary>
    private static Task WriteStatesAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
