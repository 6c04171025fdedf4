using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Ai;
using Matchmaking.Core.Domain;
using Microsoft.SemanticKernel;

namespace Matchmaking.Api.GraphQL.Ai;

/// <summary>
/// What the Semantic Kernel's demand-intake plug-in does, reachable through the API: `analyzeDemand`
/// turns an enterprise's own words into fields a form can prefill `postDemand` with. The kernel uses the
/// configured chat model (`Ai:Chat:*`) when there is one and the offline analysis otherwise.
/// </summary>
internal static class AiFields
{
    public static void AddQueryFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DemandAnalysisType>>("analyzeDemand")
            .Description("Signed-in users: turn a demand written in your own words (口语化需求) into a problem statement, keywords, technical fields and an industry — fields to prefill postDemand with. Offline analysis (word segmentation) unless a chat model is configured (Ai:Chat:*).")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The demand as the enterprise would write it, at most 20,000 characters.")
            .ResolveAsync(async ctx =>
            {
                Access.RequireSubject(ctx.Viewer());
                string text = ctx.GetArgument<string>("text");
                if (text.Length > ListingLimits.Body)
                {
                    throw new DomainException(ErrorCodes.TooLong, $"text may have at most {ListingLimits.Body} characters.", "text");
                }

                if (UnicodeText.Problem(text) is { } problem)
                {
                    throw new DomainException(ErrorCodes.InvalidCharacters, $"text contains {problem}; send valid Unicode text.", "text");
                }

                var kernel = ctx.Service<Kernel>();
                var fields = await kernel.InvokeAsync<DemandFields>(DemandIntakePlugin.PluginName, "extract_demand_fields", new KernelArguments { ["demand"] = text }, ctx.CancellationToken);
                return new DemandAnalysis(text, fields!);
            });
    }

    public static void AddMatchFields(ObjectGraphType<Match> match)
    {
        match.Field<StringGraphType>("rationale")
            .Description("Why the candidate fits the demand, in two or three sentences written by the configured chat model (Ai:Chat:*); null when none is configured. Each read asks the model: select it on single matches, not on long lists.")
            .ResolveAsync(async ctx =>
            {
                if (!ctx.Service<Microsoft.Extensions.Options.IOptions<ChatModelOptions>>().Value.IsEnabled && ctx.RequestServices!.GetService(typeof(Microsoft.Extensions.AI.IChatClient)) is null)
                {
                    return null;
                }

                var loaders = ctx.Loaders();
                var demand = await loaders.Demands.Load(ctx.Source.DemandId).GetResultAsync(ctx.CancellationToken);
                var (title, summary) = ctx.Source.CandidateKind == CandidateKind.Expert
                    ? (await loaders.Experts.Load(ctx.Source.CandidateId).GetResultAsync(ctx.CancellationToken)) is { } e ? (e.Name, e.Bio) : ("", "")
                    : (await loaders.Achievements.Load(ctx.Source.CandidateId).GetResultAsync(ctx.CancellationToken)) is { } a ? (a.Title, a.Abstract) : ("", "");
                if (demand is null || title.Length == 0)
                {
                    return null;
                }

                var kernel = ctx.Service<Kernel>();
                return await kernel.InvokeAsync<string>(DemandIntakePlugin.PluginName, "write_match_rationale",
                    new KernelArguments { ["demand"] = $"{demand.Title}\n{demand.Description}", ["listingTitle"] = title, ["listingSummary"] = summary }, ctx.CancellationToken);
            });
    }
}

/// <summary>The intake's fields with the text they came from.</summary>
public sealed record DemandAnalysis(string Text, DemandFields Fields)
{
    /// <summary>The industry the analysis named, when it is one of the platform's.</summary>
    public Industry? Industry => Fields.Industry is { Length: > 0 } name
        ? Enum.GetValues<Industry>().Where(i => i != Core.Domain.Industry.Other).Cast<Industry?>()
            .FirstOrDefault(i => i!.Value.Chinese().Contains(name, StringComparison.Ordinal) || name.Contains(i!.Value.Chinese(), StringComparison.Ordinal))
        : null;

    /// <summary>A title for the form: the problem statement, cut at the listing title limit.</summary>
    public string Title => Fields.Problem.Length <= ListingLimits.Title ? Fields.Problem : Fields.Problem[..ListingLimits.Title];
}

public sealed class DemandAnalysisType : ObjectGraphType<DemandAnalysis>
{
    public DemandAnalysisType()
    {
        Name = "DemandAnalysis";
        Description = "What demand intake made of a colloquial demand: fields to prefill PostDemandInput with.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("A problem statement to use as the demand's title (at most 200 characters).").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The text as sent, for the demand's description.").Resolve(ctx => ctx.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Technical keywords (关键词) found in the text.").Resolve(ctx => ctx.Source.Fields.Keywords);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("technicalFields").Description("Technical fields (技术领域) the demand touches.").Resolve(ctx => ctx.Source.Fields.TechnicalFields);
        Field<IndustryType>("industry").Description("The platform industry the analysis named; null when it named none of them.").Resolve(ctx => ctx.Source.Industry);
        Field<StringGraphType>("industryText").Description("The industry as the analysis wrote it, even when it is not one of the platform's.").Resolve(ctx => ctx.Source.Fields.Industry);
        Field<NonNullGraphType<DemandAnalysisSourceType>>("source").Description("Who analysed it.").Resolve(ctx => ctx.Source.Fields.Source == "chat" ? "CHAT_MODEL" : "OFFLINE");
    }
}

public sealed class DemandAnalysisSourceType : EnumerationGraphType
{
    public DemandAnalysisSourceType()
    {
        Name = "DemandAnalysisSource";
        Description = "Who analysed a demand.";
        Add("OFFLINE", "OFFLINE", "The built-in offline analysis (word segmentation and the project's vocabulary).");
        Add("CHAT_MODEL", "CHAT_MODEL", "The configured chat model (Ai:Chat:*).");
    }
}
