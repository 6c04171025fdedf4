using System.Diagnostics.Metrics;
using Hangfire.Common;
using Matchmaking.Core.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Matchmaking.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the serving host: ASP.NET Core, EF Core, Npgsql, Hangfire jobs (our filter), .NET runtime
/// and process, and the service's own <c>Matchmaking</c> meter; scraped by Prometheus at <see cref="TelemetryOptions.MetricsPath"/>.
/// </summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddMatchmakingTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HostMetrics>();
        services.AddSingleton<JobTelemetryFilter>();
        // Hangfire.AspNetCore resolves the job filter provider from the container (the last registration wins):
        // the global providers plus our filter, without touching static GlobalJobFilters.
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(
            JobFilterProviders.Providers, new JobFilterCollection { sp.GetRequiredService<JobTelemetryFilter>() }));
        // Which providers and exporters exist is decided once, from the configuration at start-up.
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Enabled)
        {
            return services;
        }

        bool export = options.OtlpEndpoint.Length > 0;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName, serviceInstanceId: configuration["Node:Name"] ?? Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddProcessInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(MatchmakingTelemetry.MeterName)
                    .AddPrometheusExporter();
                ReportOwnMetersOnly(metrics);
                if (export)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(options.OtlpEndpoint));
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path, options.MetricsPath))
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddNpgsql()
                    .AddSource(MatchmakingTelemetry.ActivitySourceName);
                if (export)
                {
                    tracing.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.TraceSampleRatio)))
                        .AddOtlpExporter(o => o.Endpoint = new Uri(options.OtlpEndpoint));
                }
                else
                {
                    // Nothing would receive the spans: don't pay for recording them.
                    tracing.SetSampler(new AlwaysOffSampler());
                }
            });
        return services;
    }

    public static WebApplication UseMatchmakingTelemetry(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        app.Services.GetRequiredService<HostMetrics>().Register();
        if (options.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(options.MetricsPath);
        }

        return app;
    }

    /// <summary>
    /// Drops instruments of meters that another host's <see cref="IMeterFactory"/> created. OpenTelemetry listens to
    /// every meter of a name in the process and merges same-named instruments of all of them into one stream; when any
    /// of those meters is disposed (another host in the process stopping: the test suite, a CLI command that starts a
    /// host) the merged stream is dropped, and this host's instrument then records into nothing — its series leave
    /// /metrics for good. Meters not made by a factory (runtime, Npgsql) have no scope and are kept.
    /// </summary>
    private static void ReportOwnMetersOnly(MeterProviderBuilder metrics) =>
        ((IDeferredMeterProviderBuilder)metrics).Configure((services, builder) =>
        {
            var own = services.GetRequiredService<IMeterFactory>();
            builder.AddView(instrument =>
                instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, own) ? MetricStreamConfiguration.Drop : null);
        });

    private static bool IsProbe(PathString path, string metricsPath) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments(metricsPath);
}
