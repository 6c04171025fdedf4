using GraphQL.Validation;
using GraphQLParser.AST;

namespace Matchmaking.Api.GraphQL;

/// <summary>
/// GET is safe (GraphQL over HTTP): a link, a prefetch or a cache may repeat it, so the operation a GET
/// selects must not be a mutation. Validation sees the operation that operationName picked.
/// </summary>
internal sealed class NoMutationsOverGetValidationRule : ValidationRuleBase
{
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public static readonly NoMutationsOverGetValidationRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        if (operation.Operation == OperationType.Mutation && ReferenceEquals(operation, context.Operation))
        {
            context.ReportError(new ValidationError("A mutation cannot be sent with GET; POST it.") { Code = MethodNotAllowed });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
