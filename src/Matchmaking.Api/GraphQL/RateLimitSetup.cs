using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL;

/// <summary>ASP.NET Core's rate limiter on /graphql, partitioned by token subject else client address; refusals are 429 RATE_LIMITED with Retry-After.</summary>
internal static partial class RateLimitSetup
{
    public const string Policy = "graphql";

    public const string RateLimited = "RATE_LIMITED";

    public static IServiceCollection AddMatchmakingRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                if (!options.IsEnabled(http.RequestServices.GetRequiredService<IHostEnvironment>()))
                {
                    return RateLimitPartition.GetNoLimiter("off");
                }

                // Authentication has run: a valid token's subject is its own partition; a bad token was
                // already refused by the endpoint, so it falls back to the address like an anonymous call.
                string? subject = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst("sub")?.Value : null;
                string key = subject is { Length: > 0 } ? "sub:" + subject : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                int permits = subject is { Length: > 0 } ? options.PermitsPerWindow : options.AnonymousPermitsPerWindow;
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = options.Window,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        int seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 1;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        LogRejected(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Matchmaking.RateLimit"), seconds);
        await http.Response.WriteAsJsonAsync(
            new { errors = new[] { new { message = $"Too many requests; retry in {seconds} s.", extensions = new { code = RateLimited } } } },
            ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limit reached; asked to retry in {RetryAfterSeconds} s")]
    private static partial void LogRejected(ILogger logger, int retryAfterSeconds);
}
