using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Matchmaking.Api.GraphQL.Loading;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL;

internal static class GraphQLSetup
{
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    public static IServiceCollection AddMatchmakingGraphQL(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DataLoaders>();
        services.AddGraphQL(b => b
            .AddSchema<MatchmakingSchema>()
            .AddGraphTypes(typeof(MatchmakingSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))

            // Resolvers share the request's DbContext, which allows one operation at a time; batch
            // loaders, not parallel resolvers, are what keep round trips down.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer((c, sp) => c.ValidateComplexityDelegate = ctx => CheckLimits(ctx, sp.GetRequiredService<IOptions<GraphQLOptions>>().Value))
            .ConfigureExecutionOptions(o =>
            {
                var options = o.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                o.Timeout = options.Timeout;
                var rules = (o.ValidationRules ?? DocumentValidator.CoreRules).Append(NoSubscriptionsValidationRule.Instance);
                o.ValidationRules = (options.EnableIntrospection ? rules : rules.Append(NoIntrospectionValidationRule.Instance)).ToList();
            })
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = environment.IsDevelopment())
            .AddUnhandledExceptionHandler((ctx, execution) =>
            {
                // Errors from parsing and validation come before there is an execution context: the
                // request's services come from the options, so that they are logged too.
                var logger = (ctx.Context?.RequestServices ?? execution.RequestServices)?.GetService<ILoggerFactory>()?.CreateLogger("Matchmaking.GraphQL")
                    ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
                return ErrorMapping.HandleAsync(ctx, logger);
            }));
        return services;
    }

    /// <summary>Depth and cost limits with our own codes. Introspection-only operations are exempt: GraphiQL's is ~15 levels deep and cheap.</summary>
    private static Task CheckLimits(global::GraphQL.Validation.Complexity.ComplexityValidationContext ctx, GraphQLOptions options)
    {
        var operation = ctx.ValidationContext.Operation;
        bool introspectionOnly = operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
        if (introspectionOnly)
        {
            ctx.Error = null;
        }
        else if (ctx.MaxDepth > options.MaxDepth)
        {
            ctx.Error = new ValidationError($"The query is {ctx.MaxDepth} levels deep; at most {options.MaxDepth} are allowed.") { Code = QueryTooDeep };
        }
        else if (ctx.TotalImpact > options.MaxComplexity)
        {
            ctx.Error = new ValidationError($"The query's estimated cost is {ctx.TotalImpact:0}; at most {options.MaxComplexity} is allowed. Ask for smaller pages or fewer nested lists.") { Code = QueryTooComplex };
        }

        return Task.CompletedTask;
    }
}
