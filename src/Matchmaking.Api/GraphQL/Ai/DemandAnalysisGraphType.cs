using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Ai;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ai;

public sealed class DemandAnalysisGraphType : ObjectGraphType<DemandFields>
{
    /// <summary>Longest suggested title; ListingLimits.Title is the bound postDemand checks.</summary>
    private const int TitleChars = 40;

    public DemandAnalysisGraphType()
    {
        Name = "DemandAnalysis";
        Description = "What intake makes of a demand written in everyday words (需求解析): values a frontend can prefill postDemand's input with, for the person to check.";
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description($"A suggested title (标题): the problem's first sentence, at most {TitleChars} characters.")
            .Resolve(ctx => Title(ctx.Source.Problem));
        Field<NonNullGraphType<StringGraphType>>("problem")
            .Description("The technical problem (技术问题), for postDemand's description: the chat model's restatement, or the text as given offline.")
            .Resolve(ctx => ctx.Source.Problem);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords")
            .Description("Technical keywords (关键词), for postDemand's keywords: the index's own word analysis without colloquial filler, or the chat model's.")
            .Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("technicalFields")
            .Description("The technical fields (技术领域) the demand touches, e.g. 机器视觉.")
            .Resolve(ctx => ctx.Source.TechnicalFields);
        Field<IndustryType>("industry")
            .Description("The industry (所属行业) as postDemand's industry value; null when none was recognised.")
            .Resolve(ctx => ToIndustry(ctx.Source.Industry));
        Field<StringGraphType>("industryLabel")
            .Description("The industry's Chinese name as the analysis gave it; set even when it is not one of the enum's values.")
            .Resolve(ctx => ctx.Source.Industry);
        Field<NonNullGraphType<DemandAnalysisSourceType>>("source")
            .Description("Who analysed the text.")
            .Resolve(ctx => ctx.Source.Source == "chat" ? DemandAnalysisSource.ChatModel : DemandAnalysisSource.Analysis);
    }

    private static string Title(string problem)
    {
        string first = problem.Split(['。', '！', '？', '\n', '；'], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? problem.Trim();
        return first.Length <= TitleChars ? first : first[..TitleChars];
    }

    private static Industry? ToIndustry(string? label) =>
        label is null ? null : Enum.GetValues<Industry>().Where(i => i.Chinese() == label).Select(i => (Industry?)i).FirstOrDefault();
}
