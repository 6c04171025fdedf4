using Matchmaking.Api.Jobs;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Security;

/// <summary>Forwarded headers from trusted proxies, security headers on every response, HSTS outside Development, the Hangfire dashboard session.</summary>
internal static class SecuritySetup
{
    public static IServiceCollection AddMatchmakingSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DashboardSessionOptions>().BindConfiguration(DashboardSessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DashboardSession>();
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section).ValidateDataAnnotations()
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "ForwardedHeaders:KnownNetworks must be CIDR ranges such as 172.16.0.0/12.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            // One proxy hop; loopback (the defaults) plus the configured networks.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1;
            foreach (string network in settings.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityHeadersOptions>>((hsts, headers) =>
        {
            hsts.MaxAge = headers.Value.HstsMaxAge;
            hsts.IncludeSubDomains = false;
        });
        return services;
    }

    /// <summary>
    /// Put first: the client's address and scheme from a trusted proxy (for HSTS, the Secure cookie, rate limits),
    /// then headers that every later middleware (static files, GraphQL, the dashboard) answers with.
    /// </summary>
    public static WebApplication UseMatchmakingSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        var options = app.Services.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        string policy = options.ContentSecurityPolicy;
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(http);
        });
        return app;
    }
}
