using Matchmaking.Core.Ai;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Matchmaking.Core.Tests.Ai;

public sealed class DemandIntakePluginTests
{
    private const string Demand = "我们厂注塑件老有缩痕，想找人解决";

    [Fact]
    public async Task Extract_Offline_KeywordsFromOwnAnalysis()
    {
        using var provider = Services(chat: null);

        var fields = await Invoke(provider.GetRequiredService<Kernel>());

        Assert.Equal("analysis", fields.Source);
        Assert.Contains("注塑", fields.Keywords);
        Assert.Contains("缩痕", fields.Keywords);
        Assert.DoesNotContain("我们", fields.Keywords);
        Assert.Equal("新材料", fields.Industry);
    }

    [Fact]
    public async Task Extract_ChatConfigured_StructuredFieldsFromModel()
    {
        var chat = new FakeChatClient("""
            ```json
            {"problem":"注塑件表面缩痕缺陷的成因分析与工艺优化","keywords":["注塑成型","缩痕","保压","模温"],"technicalFields":["高分子材料成型"],"industry":"新材料"}
            ```
            """);
        using var provider = Services(chat);

        var fields = await Invoke(provider.GetRequiredService<Kernel>());

        Assert.Equal("chat", fields.Source);
        Assert.Equal("注塑件表面缩痕缺陷的成因分析与工艺优化", fields.Problem);
        Assert.Equal(["注塑成型", "缩痕", "保压", "模温"], fields.Keywords);
        Assert.Contains(chat.Requests.Single(), m => m.Role == ChatRole.User && m.Text == Demand);
    }

    [Fact]
    public async Task Extract_ChatReplyNotJson_FallsBackToAnalysis()
    {
        using var provider = Services(new FakeChatClient("抱歉，我无法回答。"));

        var fields = await Invoke(provider.GetRequiredService<Kernel>());

        Assert.Equal("analysis", fields.Source);
    }

    [Fact]
    public async Task Rationale_ChatConfigured_ModelText()
    {
        using var provider = Services(new FakeChatClient("该成果的保压曲线优化可直接消除厚壁处缩痕。"));
        var kernel = provider.GetRequiredService<Kernel>();

        var text = await kernel.InvokeAsync<string>(DemandIntakePlugin.PluginName, "write_match_rationale", new KernelArguments
        {
            ["demand"] = Demand, ["listingTitle"] = "注塑件缩痕控制技术", ["listingSummary"] = "保压曲线优化",
        });

        Assert.Equal("该成果的保压曲线优化可直接消除厚壁处缩痕。", text);
    }

    [Fact]
    public async Task Rationale_Offline_NamesSharedKeywords()
    {
        using var provider = Services(chat: null);
        var kernel = provider.GetRequiredService<Kernel>();

        var text = await kernel.InvokeAsync<string>(DemandIntakePlugin.PluginName, "write_match_rationale", new KernelArguments
        {
            ["demand"] = Demand, ["listingTitle"] = "注塑件缩痕控制技术", ["listingSummary"] = "保压曲线优化",
        });

        Assert.Contains("缩痕", text);
    }

    private static async Task<DemandFields> Invoke(Kernel kernel) =>
        (await kernel.InvokeAsync<DemandFields>(DemandIntakePlugin.PluginName, "extract_demand_fields", new KernelArguments { ["demand"] = Demand }))!;

    private static ServiceProvider Services(IChatClient? chat)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddSingleton<IHostPaths>(new HostPaths(Path.GetTempPath()));
        if (chat is not null)
        {
            services.AddSingleton(chat);
        }

        services.AddMatchmakingAi();
        return services.BuildServiceProvider();
    }
}
