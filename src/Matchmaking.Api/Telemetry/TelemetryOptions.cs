using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.Telemetry;

/// <summary>OpenTelemetry traces and metrics: the Prometheus scrape endpoint and an optional OTLP push.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Read once at start-up: false registers no OpenTelemetry provider and maps no scrape endpoint.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The <c>service.name</c> resource attribute; the node name (<c>Node:Name</c>) becomes <c>service.instance.id</c>.</summary>
    [Required]
    public string ServiceName { get; set; } = "matchmaking";

    /// <summary>Where Prometheus scrapes this node (text exposition format).</summary>
    [Required]
    [RegularExpression("^/.*", ErrorMessage = "Telemetry:MetricsPath must start with '/'.")]
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>An OTLP collector (e.g. http://127.0.0.1:4317); traces and metrics are pushed there when set. Empty: traces are not sampled.</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary>Share of root traces kept when an OTLP endpoint is set.</summary>
    [Range(0.0, 1.0)]
    public double TraceSampleRatio { get; set; } = 1.0;

    /// <summary>How long a gauge read from the database (queue depth, index lag) is reused: a scrape must not query it every time.</summary>
    public TimeSpan DatabaseGaugeCache { get; set; } = TimeSpan.FromSeconds(5);
}
