using GraphQL.Validation;
using GraphQLParser.AST;

namespace Matchmaking.Api.GraphQL;

/// <summary>
/// The schema has no subscription type and the endpoint no streaming transport: a subscription is refused
/// in validation with a clear code, before the executer looks for a strategy it does not have.
/// </summary>
internal sealed class NoSubscriptionsValidationRule : ValidationRuleBase
{
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    public static readonly NoSubscriptionsValidationRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError("Subscriptions are not offered; use a query or a mutation.") { Code = OperationNotSupported });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
