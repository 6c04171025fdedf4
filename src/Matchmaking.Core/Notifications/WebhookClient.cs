using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// The one HTTP client webhook calls go out on (a singleton: pooled connections, no redirects followed). Unless
/// <see cref="NotificationOptions.WebhookAllowPrivateAddresses"/> is set, it refuses to connect to loopback,
/// private, link-local and unique-local addresses, checked on the address actually connected to, so that a
/// user's URL cannot reach the service's own network (a host name resolving there is refused too).
/// </summary>
public sealed class WebhookClient : IDisposable
{
    public WebhookClient(IOptions<NotificationOptions> options)
    {
        bool allowPrivate = options.Value.WebhookAllowPrivateAddresses;
        Http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ConnectCallback = (context, ct) => ConnectAsync(context, allowPrivate, ct),
        })
        {
            // Each attempt has its own timeout (Notifications:WebhookTimeout).
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public HttpClient Http { get; }

    public void Dispose() => Http.Dispose();

    internal static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        byte[] b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] == 0;
    }

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var allowed = allowPrivate ? addresses : addresses.Where(a => !IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"refused: {context.DnsEndPoint.Host} resolves to no public address (Notifications:WebhookAllowPrivateAddresses is off).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
