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
        await RunJobAsync(j => j.SettleAsync(CancellationToken.None));
        using var client = api.CreateClient();
        const string series = "matchmaking_jobs_duration_seconds_count{otel_scope_name=\"Matchmaking\",job=\"LedgerJobs.SettleAsync\",outcome=\"succeeded\"}";
        Assert.Contains(series, await ScrapeUntilAsync(client, series));
    }

    [Fact]
    public async Task Metrics_AfterAnotherHostInTheProcessStopped_StillServeThisHostsJobDuration()
    {
        // A second host in this process, started and stopped: before each host reported only its own meters,
        // OpenTelemetry merged both hosts' same-named instruments and dropped the merged stream with the stopped
        // host's meter, so this host's job durations recorded into nothing from then on.
        var other = new BareSqliteApi();
        await ((IAsyncLifetime)other).InitializeAsync();
        using (var otherClient = other.CreateClient())
        {
            await otherClient.GetStringAsync("/metrics");
        }

        await ((IAsyncLifetime)other).DisposeAsync();
        using var client = api.CreateClient();
        await client.GetStringAsync("/metrics");
        // A job that no other test enqueues.
        await RunJobAsync(j => j.ReconcileAsync(CancellationToken.None));

        const string series = "matchmaking_jobs_duration_seconds_count{otel_scope_name=\"Matchmaking\",job=\"LedgerJobs.ReconcileAsync\",outcome=\"succeeded\"}";
        Assert.Contains(series, await ScrapeUntilAsync(client, series));
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
            // Each step's own series, not just any step bucket: a cached scrape from before this search can show
            // some steps' series before this search's are all in.
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
        // Presence only: the value is this node's lag, whatever its heartbeat read last.
        Assert.Matches(@"matchmaking_index_lag\{otel_scope_name=""Matchmaking""\} \d+", text);
        Assert.Contains("matchmaking_jobs_enqueued{otel_scope_name=\"Matchmaking\",queue=\"default\"}", text);
        Assert.Contains("dotnet_gc_collections_total", text);
        Assert.Contains("process_memory_usage_bytes", text);
        if (api is BarePostgresApi)
        {
            Assert.Contains("db_client_operation_duration_seconds_count{otel_scope_name=\"Npgsql\"", text);
        }
    }

    /// <summary>
    /// Enqueues a job and waits for it to succeed: the host has one worker, and under the full suite (headless Chromium
    /// beside it) it can be a while before the job is picked up.
    /// </summary>
    private async Task RunJobAsync(System.Linq.Expressions.Expression<Func<LedgerJobs, Task>> job)
    {
        string id = api.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(job);
        using var connection = api.Services.GetRequiredService<JobStorage>().GetConnection();
        for (var started = DateTime.UtcNow; connection.GetStateData(id)?.Name != SucceededState.StateName; await Task.Delay(250))
        {
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromMinutes(3), $"job {id} is {connection.GetStateData(id)?.Name}");
        }
    }

    /// <summary>Scrapes until the series is on the page (the exporter caches a scrape for a short while), at most 30 s.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, string series)
    {
        string text = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline && !text.Contains(series, StringComparison.Ordinal); await Task.Delay(250))
        {
            text = await client.GetStringAsync("/metrics");
        }

        return text;
    }
}

public sealed class TelemetrySqliteTests(BareSqliteApi api) : TelemetryTests(api), IClassFixture<BareSqliteApi>;

public sealed class TelemetryPostgresTests(BarePostgresApi api) : TelemetryTests(api), IClassFixture<BarePostgresApi>;
