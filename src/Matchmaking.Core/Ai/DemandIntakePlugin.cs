using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Matchmaking.Core.Ai;

/// <summary>
/// Kernel functions for demand intake. With a chat model in the kernel they ask it (JSON out); without
/// one — or when its reply is unreadable — they use <see cref="OfflineDemandAnalysis"/>, so intake always works.
/// </summary>
public sealed partial class DemandIntakePlugin(OfflineDemandAnalysis offline, ILogger<DemandIntakePlugin> logger)
{
    public const string PluginName = "DemandIntake";

    private const string ExtractPrompt =
        "你是技术经纪人。把企业的口语化技术需求整理成 JSON，只输出 JSON，字段：" +
        "problem（一句规范的技术问题描述）、keywords（3–8 个技术关键词）、technicalFields（涉及的技术领域）、industry（所属行业，中文）。";

    private const string RationalePrompt = "你是技术经纪人。用两三句话说明下面的成果为什么能解决这项需求，只写理由，不要客套。";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [KernelFunction("extract_demand_fields")]
    [Description("Turns a colloquial technical demand into a problem statement, keywords, technical fields and an industry.")]
    public async Task<DemandFields> ExtractAsync(Kernel kernel, [Description("The demand as the enterprise wrote it")] string demand, CancellationToken cancellationToken = default)
    {
        if (kernel.Services.GetService<IChatClient>() is not { } chat)
        {
            return offline.Analyze(demand);
        }

        var response = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, ExtractPrompt), new ChatMessage(ChatRole.User, demand)],
            new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.Json },
            cancellationToken);
        if (Parse(response.Text) is { } fields)
        {
            return fields;
        }

        LogUnreadable(logger, response.Text.Length);
        return offline.Analyze(demand);
    }

    [KernelFunction("write_match_rationale")]
    [Description("Writes a short rationale for why a listing matches a demand.")]
    public async Task<string> RationaleAsync(Kernel kernel, string demand, string listingTitle, string listingSummary, CancellationToken cancellationToken = default)
    {
        if (kernel.Services.GetService<IChatClient>() is { } chat)
        {
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, RationalePrompt), new ChatMessage(ChatRole.User, $"需求：{demand}\n成果：{listingTitle}\n{listingSummary}")],
                new ChatOptions { Temperature = 0.2f },
                cancellationToken);
            return response.Text.Trim();
        }

        var demandWords = offline.Analyze(demand).Keywords;
        var shared = demandWords.Where(k => listingTitle.Contains(k, StringComparison.Ordinal) || listingSummary.Contains(k, StringComparison.Ordinal)).ToList();
        return shared.Count > 0
            ? $"成果“{listingTitle}”涉及需求中的{string.Join("、", shared)}。"
            : $"成果“{listingTitle}”与需求的关键词没有直接重合，请人工确认。";
    }

    /// <summary>The model's JSON, tolerating a ```json fence; null when it is not the object asked for.</summary>
    private static DemandFields? Parse(string text)
    {
        string json = text.Trim();
        int start = json.IndexOf('{'), end = json.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            var reply = JsonSerializer.Deserialize<ChatReply>(json[start..(end + 1)], Json);
            return reply?.Problem is { Length: > 0 } problem
                ? new DemandFields(problem, reply.Keywords ?? [], reply.TechnicalFields ?? [], reply.Industry, "chat")
                : null;
        }
        catch (JsonException)
        {
            return null; // logged by the caller with the reply's length; the offline analysis answers instead
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat model reply of {Length} chars was not the JSON asked for; used the offline analysis")]
    private static partial void LogUnreadable(ILogger logger, int length);

    private sealed record ChatReply(string? Problem, List<string>? Keywords, List<string>? TechnicalFields, string? Industry);
}
