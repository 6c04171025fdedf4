using Matchmaking.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>analyzeDemand: the kernel's extract_demand_fields, offline by default, values that postDemand accepts.</summary>
public sealed class DemandAnalysisTests(BareSqliteApi api) : IClassFixture<BareSqliteApi>
{
    private const string Analyze = """
        query Analyze($text: String!) { analyzeDemand(text: $text) { title problem keywords technicalFields industry industryLabel source } }
        """;

    [Fact]
    public async Task AnalyzeDemand_Offline_KeywordsIndustryEnumAndSource()
    {
        var result = await api.PostAsync(Analyze, new { text = "我们厂的注塑件老是有缩痕，想找人解决。良品率要到99%。" }, Token());

        var analysis = result.Data().GetProperty("analyzeDemand");
        var keywords = analysis.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("注塑", keywords);
        Assert.Contains("缩痕", keywords);
        Assert.DoesNotContain("我们", keywords);
        Assert.Equal("NEW_MATERIALS", analysis.GetProperty("industry").GetString());
        Assert.Equal("新材料", analysis.GetProperty("industryLabel").GetString());
        Assert.Equal("ANALYSIS", analysis.GetProperty("source").GetString());
        Assert.Equal("我们厂的注塑件老是有缩痕，想找人解决", analysis.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnalyzeDemand_ResultPrefillsPostDemand_Accepted()
    {
        string owner = "ent-analysis-" + Guid.NewGuid().ToString("N")[..8];
        string token = api.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Enterprise, owner);
        var analysis = (await api.PostAsync(Analyze, new { text = "锂电池极片表面有划痕，想用机器视觉在线检测。" }, token)).Data().GetProperty("analyzeDemand");
        var enterprise = (await api.PostAsync(
            "mutation { registerEnterprise(input: { name: \"合肥解析测试有限公司\", creditCode: \"91340100MA2N0X0X05\", industry: NEW_MATERIALS, region: \"合肥市\" }) { enterprise { id } userErrors { code } } }",
            token: token)).Data().GetProperty("registerEnterprise").GetProperty("enterprise").GetProperty("id").GetString();

        var posted = await api.PostAsync(
            "mutation Post($input: PostDemandInput!) { postDemand(input: $input) { demand { id keywords industry } userErrors { field code } } }",
            new
            {
                input = new
                {
                    enterpriseId = enterprise,
                    title = analysis.GetProperty("title").GetString(),
                    description = analysis.GetProperty("problem").GetString(),
                    keywords = analysis.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ToArray(),
                    industry = analysis.GetProperty("industry").GetString(),
                },
            },
            token);

        var payload = posted.Data().GetProperty("postDemand");
        Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());
        Assert.Equal(analysis.GetProperty("industry").GetString(), payload.GetProperty("demand").GetProperty("industry").GetString());
    }

    [Fact]
    public async Task AnalyzeDemand_Anonymous_Unauthenticated_AndTooLong_BadUserInput()
    {
        var anonymous = await api.PostAsync(Analyze, new { text = "注塑件缩痕" });
        var tooLong = await api.PostAsync(Analyze, new { text = new string('注', 2_001) }, Token());

        Assert.Equal("UNAUTHENTICATED", anonymous.Code());
        Assert.Equal("BAD_USER_INPUT", tooLong.Code());
    }

    [Fact]
    public async Task AnalyzeDemand_FourInOneRequest_TooExpensive()
    {
        var result = await api.PostAsync("{ a: analyzeDemand(text: \"注塑\") { title } b: analyzeDemand(text: \"注塑\") { title } c: analyzeDemand(text: \"注塑\") { title } d: analyzeDemand(text: \"注塑\") { title } }", token: Token());

        Assert.Equal("TOO_EXPENSIVE", result.Code());
    }

    private string Token() => api.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Enterprise, "ent-analysis");
}
