using Matchmaking.Api.Jobs;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Security;

/// <summary>Security headers on every response, HSTS outside Development, and the Hangfire dashboard session.</summary>
internal static class SecuritySetup
{
    public static IServiceCollection AddMatchmakingSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DashboardSessionOptions>().BindConfiguration(DashboardSessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DashboardSession>();
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityHeadersOptions>>((hsts, headers) =>
        {
            hsts.MaxAge = headers.Value.HstsMaxAge;
            hsts.IncludeSubDomains = false;
        });
        return services;
    }

    /// <summary>Put first: every later middleware (static files, GraphQL, the dashboard) answers with these headers.</summary>
    public static WebApplication UseMatchmakingSecurityHeaders(this WebApplication app)
    {
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
