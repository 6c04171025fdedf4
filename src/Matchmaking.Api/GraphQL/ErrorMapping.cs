using GraphQL;
using GraphQL.Execution;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL;

/// <summary>The one place where exceptions become GraphQL errors with a stable extensions.code.</summary>
internal static partial class ErrorMapping
{
    public const string Internal = "INTERNAL";

    public const string QueryTooDeep = GraphQLSetup.QueryTooDeep;

    public static Task HandleAsync(UnhandledExceptionContext context, ILogger logger)
    {
        switch (context.OriginalException)
        {
            case DomainException domain:
                context.Exception = new ExecutionError(domain.Message) { Code = domain.Code };
                break;
            case GraphQLParser.Exceptions.GraphQLMaxDepthExceededException:
                // The parser stops at its recursion limit, before the depth analysis could see the document.
                LogTooDeep(logger);
                context.Exception = new ExecutionError("The document is nested too deeply (selections, lists or objects); flatten it.") { Code = QueryTooDeep };
                break;
            case OperationCanceledException:
                context.Exception = new ExecutionError("The request was cancelled or timed out.") { Code = "TIMEOUT" };
                break;
            default:
                LogUnhandled(logger, context.OriginalException);
                context.Exception = new ExecutionError("An internal error occurred.") { Code = Internal };
                break;
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a GraphQL document nested past the parser's depth limit")]
    private static partial void LogTooDeep(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in a GraphQL resolver")]
    private static partial void LogUnhandled(ILogger logger, Exception e);
}
