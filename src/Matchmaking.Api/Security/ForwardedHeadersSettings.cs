using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.Security;

/// <summary>
/// Which reverse proxies may set X-Forwarded-For / X-Forwarded-Proto. Loopback is always trusted (nginx of
/// scripts/cluster.sh); add the proxy's network for Docker (docker-compose.yml does). Anyone else's headers
/// are ignored, so a client cannot fake its address or scheme.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>CIDR ranges of trusted proxies besides loopback, e.g. 172.16.0.0/12.</summary>
    [Required]
    public string[] KnownNetworks { get; set; } = [];
}
