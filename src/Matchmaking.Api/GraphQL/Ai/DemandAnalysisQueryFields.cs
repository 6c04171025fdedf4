using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Ai;
using Matchmaking.Core.Domain;
using Microsoft.SemanticKernel;

namespace Matchmaking.Api.GraphQL.Ai;

internal static class DemandAnalysisQueryFields
{
    /// <summary>Longest text analysed; a demand's description is longer, but what a person types into an intake box is not.</summary>
    public const int MaxTextChars = 2_000;

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DemandAnalysisGraphType>>("analyzeDemand")
            .Description("Signed in: a demand in everyday words turned into the fields of postDemand (需求解析) — the Semantic Kernel function "
                + "extract_demand_fields: the configured chat model (Ai:Chat), else the project's own offline analysis. "
                + "Counts like a search in the request's budget of expensive fields.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The demand as the enterprise would say it (1 to {MaxTextChars} characters).")
            .ResolveAsync(async ctx =>
            {
                Access.RequireSubject(ctx.Viewer());
                string text = ctx.GetArgument<string>("text");
                if (text.Trim().Length == 0 || text.Length > MaxTextChars)
                {
                    throw new DomainException(ErrorCodes.BadUserInput, $"text must hold 1 to {MaxTextChars} characters; it has {text.Trim().Length}.");
                }

                var kernel = ctx.Service<KernelFactory>().Create();
                var fields = await kernel.InvokeAsync<DemandFields>(DemandIntakePlugin.PluginName, "extract_demand_fields", new KernelArguments { ["demand"] = text }, ctx.CancellationToken);
                return fields!;
            });
    }
}
