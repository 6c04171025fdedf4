using GraphQL.Validation;
using GraphQLParser.AST;

namespace Matchmaking.Api.GraphQL;

/// <summary>
/// Counts the root fields that cost far more than the complexity estimate says — search and
/// recommendations run the ranking pipeline, __schema and __type answer the whole schema — so that
/// aliases cannot multiply them, nor the operations of a batch. Every operation and fragment of the document counts (a conservative
/// bound: a fragment spread twice at the root is merged and runs once, but is counted once too).
/// </summary>
internal sealed class FieldBudgetValidationRule(int maxExpensive, int maxIntrospection) : ValidationRuleBase
{
    public const string TooExpensive = "TOO_EXPENSIVE";

    private static readonly string[] Expensive = ["search", "recommendations", "analyzeDemand"];

    private static readonly string[] Introspection = ["__schema", "__type"];

    /// <summary>
    /// The counts of one HTTP request, shared by the operations of a batch through their user context: a
    /// batch of ten operations with three searches each cost one anonymous request 2.1 s of server CPU
    /// (tools/probe/heavy.py), past the 2 s bound, so the budget holds for the request, not per operation.
    /// </summary>
    public sealed class RequestCounts
    {
        public const string Key = "matchmaking.fieldBudget";

        public int Expensive { get; set; }

        public int Introspection { get; set; }
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var counts = context.UserContext.TryGetValue(RequestCounts.Key, out object? shared) && shared is RequestCounts request ? request : new RequestCounts();
        bool reported = false;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (reported || ctx.TypeInfo.GetParentType() != ctx.Schema.Query)
            {
                return;
            }

            string name = field.Name.StringValue;
            if (Expensive.Contains(name) && ++counts.Expensive > maxExpensive)
            {
                reported = true;
                ctx.ReportError(new ValidationError($"A request (all operations of a batch together) may hold at most {maxExpensive} search, recommendations or analyzeDemand fields (aliases count); split it into several requests.") { Code = TooExpensive });
            }
            else if (Introspection.Contains(name) && ++counts.Introspection > maxIntrospection)
            {
                reported = true;
                ctx.ReportError(new ValidationError($"A request (all operations of a batch together) may hold at most {maxIntrospection} __schema or __type fields (aliases count).") { Code = TooExpensive });
            }
        }));
    }
}
