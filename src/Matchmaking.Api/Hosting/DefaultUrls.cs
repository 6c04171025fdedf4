namespace Matchmaking.Api.Hosting;

/// <summary>
/// Listens on http://localhost:5080 only when nothing says otherwise. A <c>Urls</c> key in appsettings.json would
/// override ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS (configuration files come after the host's environment
/// variables), which left the Docker image listening on loopback only.
/// </summary>
internal static class DefaultUrls
{
    public const string Default = "http://localhost:5080";

    public static WebApplicationBuilder UseDefaultUrlsUnlessConfigured(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        bool configured = !string.IsNullOrWhiteSpace(config[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(config[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(config[WebHostDefaults.HttpsPortsKey])
            || config.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }
}
