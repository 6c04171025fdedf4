namespace Matchmaking.Core.Notifications;

/// <summary>The one HTTP client webhook calls go out on (a singleton: pooled connections, no redirects followed).</summary>
public sealed class WebhookClient : IDisposable
{
    public HttpClient Http { get; } = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        // Each attempt has its own timeout (Notifications:WebhookTimeout).
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Http.Dispose();
}
