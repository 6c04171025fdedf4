using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Matchmaking.Api.GraphQL.Loading;
using Matchmaking.Api.GraphQL.PersistedQueries;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL;

internal static class GraphQLSetup
{
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    public static IServiceCollection AddMatchmakingGraphQL(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PersistedQueryOptions>().BindConfiguration(PersistedQueryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PersistedQueryStore>();
        services.AddScoped<DataLoaders>();
        services.AddMatchmakingRateLimiting();
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
                var rules = (o.ValidationRules ?? DocumentValidator.CoreRules)
                    .Append(NoSubscriptionsValidationRule.Instance)
                    .Append(new FieldBudgetValidationRule(options.MaxExpensiveFields, options.MaxIntrospectionFields));
                bool introspection = options.IntrospectionEnabled(o.RequestServices!.GetRequiredService<IHostEnvironment>());
                o.ValidationRules = (introspection ? rules : rules.Append(NoIntrospectionValidationRule.Instance)).ToList();
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

    /// <summary>
    /// Depth and cost limits with our own codes. Introspection-only operations have their own, smaller
    /// budget: GraphiQL's schema query is ~13 levels deep (past MaxDepth) but cheap, while aliased copies
    /// of it are what once answered 38.6 MB to one anonymous request.
    /// </summary>
    private static Task CheckLimits(global::GraphQL.Validation.Complexity.ComplexityValidationContext ctx, GraphQLOptions options)
    {
        var operation = ctx.ValidationContext.Operation;
        bool introspectionOnly = operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
        int maxDepth = introspectionOnly ? options.IntrospectionMaxDepth : options.MaxDepth;
        int maxComplexity = introspectionOnly ? options.IntrospectionMaxComplexity : options.MaxComplexity;
        string what = introspectionOnly ? "introspection query" : "query";
        if (ctx.MaxDepth > maxDepth)
        {
            ctx.Error = new ValidationError($"The {what} is {ctx.MaxDepth} levels deep; at most {maxDepth} are allowed.") { Code = QueryTooDeep };
        }
        else if (ctx.TotalImpact > maxComplexity)
        {
            ctx.Error = new ValidationError($"The {what}'s estimated cost is {ctx.TotalImpact:0}; at most {maxComplexity} is allowed. Ask for smaller pages or fewer nested lists.") { Code = QueryTooComplex };
        }

        return Task.CompletedTask;
    }
}
