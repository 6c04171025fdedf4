using GraphQL.Validation;
using GraphQLParser.AST;

namespace Matchmaking.Api.GraphQL;

/// <summary>
/// Counts the root fields that cost far more than the complexity estimate says — search and
/// recommendations run the ranking pipeline, __schema and __type answer the whole schema — so that
/// aliases cannot multiply them. Every operation and fragment of the document counts (a conservative
/// bound: a fragment spread twice at the root is merged and runs once, but is counted once too).
/// </summary>
internal sealed class FieldBudgetValidationRule(int maxExpensive, int maxIntrospection) : ValidationRuleBase
{
    public const string TooExpensive = "TOO_EXPENSIVE";

    private static readonly string[] Expensive = ["search", "recommendations"];

    private static readonly string[] Introspection = ["__schema", "__type"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        int expensive = 0;
        int introspection = 0;
        bool reported = false;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (reported || ctx.TypeInfo.GetParentType() != ctx.Schema.Query)
            {
                return;
            }

            string name = field.Name.StringValue;
            if (Expensive.Contains(name) && ++expensive > maxExpensive)
            {
                reported = true;
                ctx.ReportError(new ValidationError($"An operation may hold at most {maxExpensive} search or recommendations fields (aliases count); split it into several requests.") { Code = TooExpensive });
            }
            else if (Introspection.Contains(name) && ++introspection > maxIntrospection)
            {
                reported = true;
                ctx.ReportError(new ValidationError($"An operation may hold at most {maxIntrospection} __schema or __type fields (aliases count).") { Code = TooExpensive });
            }
        }));
    }
}
