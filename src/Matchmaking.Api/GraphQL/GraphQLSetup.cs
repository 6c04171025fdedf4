using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;

namespace Matchmaking.Api.GraphQL;

internal static class GraphQLSetup
{
    public static IServiceCollection AddMatchmakingGraphQL(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddGraphQL(b => b
            .AddSchema<MatchmakingSchema>()
            .AddGraphTypes(typeof(MatchmakingSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = environment.IsDevelopment())
            .AddUnhandledExceptionHandler(ctx =>
            {
                var logger = ctx.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Matchmaking.GraphQL")
                    ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
                return ErrorMapping.HandleAsync(ctx, logger);
            }));
        return services;
    }
}
