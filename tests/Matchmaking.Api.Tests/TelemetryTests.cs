using System.Net;
using System.Text.Json;
using Hangfire;
using Hangfire.States;
using Matchmaking.Api.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>/metrics serves the Prometheus text format with HTTP, search-step, index, queue, runtime and process metrics.</summary>
public abstract class TelemetryTests(ApiFactory api)
{
    private static readonly string[] Steps = ["analyze", "retrieve", "rerank", "explain"];

    private static string StepSeries(string step) => $"matchmaking_search_step_duration_seconds_count{{otel_scope_name=\"Matchmaking\",step=\"{step}\"}}";

    [Fact]
    public async Task Metrics_AfterJob_ServesJobDuration()
    {
        string id = api.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<LedgerJobs>(j => j.SettleAsync(CancellationToken.None));
        using var client = api.CreateClient();

        // First the job itself: the host has one worker, and under the full suite (headless Chromium beside it) it can
        // be a while before the job is picked up. The metric is then checked against the same bound as before.
        using (var connection = api.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            for (var started = DateTime.UtcNow; connection.GetStateData(id)?.Name != SucceededState.StateName; await Task.Delay(250))
            {
                Assert.True(DateTime.UtcNow - started < TimeSpan.FromMinutes(3), $"job {id} is {connection.GetStateData(id)?.Name}");
            }
        }

        // Wait for this job's own series: every host in the test process observes every "Matchmaking" meter, so
        // another host's job can put a jobs_duration series on the page before this one has finished.
        const string series = "matchmaking_jobs_duration_seconds_count{otel_scope_name=\"Matchmaking\",job=\"LedgerJobs.SettleAsync\",outcome=\"succeeded\"}";
        string text = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline && !text.Contains(series, StringComparison.Ordinal); await Task.Delay(250))
        {
            text = await client.GetStringAsync("/metrics");
        }

        Assert.Contains(series, text);
    }

    [Fact]
    public async Task Metrics_AfterSearch_ServesHttpAndSearchStepMetrics()
    {
        Assert.Equal(JsonValueKind.Object, (await api.PostAsync("{ search(text: \"锂电池 缺陷检测\") { totalCount } }")).Data().ValueKind);
        using var client = api.CreateClient();

        // The exporter caches a scrape for a short while, and the test server can hand over the response before
        // the request's duration is recorded: scrape until both the HTTP and the search metrics are in. The lag gauge
        // reports once the node's first heartbeat has read the head (seconds after start on a loaded machine).
        string text = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            using var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
            text = await response.Content.ReadAsStringAsync();
            // Each step's own series, not just any step bucket: other hosts' searches (and a cached scrape from
            // before this search) can show some steps' series before this search's are all in.
            if (Steps.All(step => text.Contains(StepSeries(step), StringComparison.Ordinal))
                && text.Contains("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
                && text.Contains("matchmaking_index_lag{", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text);
        Assert.Contains("http_server_request_duration_seconds_count{", text);
        foreach (string step in Steps)
        {
            Assert.Contains(StepSeries(step), text);
        }

        Assert.Contains("matchmaking_search_duration_seconds_count", text);
        Assert.Contains("matchmaking_index_documents", text);
        Assert.Contains("matchmaking_index_sequence", text);
        // Presence only: every host in this test process observes every "Matchmaking" meter, so the value may be another host's.
        Assert.Matches(@"matchmaking_index_lag\{otel_scope_name=""Matchmaking""\} \d+", text);
        Assert.Contains("matchmaking_jobs_enqueued{otel_scope_name=\"Matchmaking\",queue=\"default\"}", text);
        Assert.Contains("dotnet_gc_collections_total", text);
        Assert.Contains("process_memory_usage_bytes", text);
        if (api is BarePostgresApi)
        {
            Assert.Contains("db_client_operation_duration_seconds_count{otel_scope_name=\"Npgsql\"", text);
        }
    }
}

public sealed class TelemetrySqliteTests(BareSqliteApi api) : TelemetryTests(api), IClassFixture<BareSqliteApi>;

public sealed class TelemetryPostgresTests(BarePostgresApi api) : TelemetryTests(api), IClassFixture<BarePostgresApi>;
