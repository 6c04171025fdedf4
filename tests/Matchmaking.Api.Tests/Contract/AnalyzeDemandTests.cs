using System.Text.Json;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Tests.Contract;

/// <summary>The kernel's demand intake through the API: fields a form can prefill postDemand with.</summary>
public sealed class AnalyzeDemandTests(BareSqliteApi api) : IClassFixture<BareSqliteApi>
{
    private const string Analyze = "query($t: String!) { analyzeDemand(text: $t) { title description keywords technicalFields industry industryText source } }";

    [Fact]
    public async Task AnalyzeDemand_ColloquialText_OfflineFieldsThatPostDemandTakes()
    {
        var w = await World.CreateAsync(api.Services);
        string token = w.Token(api.Services, Roles.Enterprise)!;
        const string text = "我们厂生产锂电池，极片表面老是有划痕和气泡，想找一套机器视觉的在线缺陷检测方案，最好能接到现有产线上。";

        var analysis = (await api.PostAsync(Analyze, new { t = text }, token)).Data().GetProperty("analyzeDemand");

        Assert.Equal("OFFLINE", analysis.GetProperty("source").GetString());
        Assert.Equal(text, analysis.GetProperty("description").GetString());
        var keywords = analysis.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.Contains(keywords, k => k.Contains("锂电池", StringComparison.Ordinal) || k.Contains("缺陷", StringComparison.Ordinal) || k.Contains("检测", StringComparison.Ordinal));

        // What it returns goes straight into postDemand.
        string industry = analysis.GetProperty("industry").ValueKind == JsonValueKind.String ? analysis.GetProperty("industry").GetString()! : "OTHER";
        var posted = (await api.PostAsync(
            $$"""mutation($e: ID!, $t: String!, $d: String!, $k: [String!]) { postDemand(input: { enterpriseId: $e, title: $t, description: $d, keywords: $k, industry: {{industry}} }) { demand { id } userErrors { field code } } }""",
            new { e = w.Enterprise, t = analysis.GetProperty("title").GetString(), d = text, k = keywords.Take(20) }, token)).Data().GetProperty("postDemand");
        Assert.Empty(posted.GetProperty("userErrors").EnumerateArray());
    }

    [Fact]
    public async Task AnalyzeDemand_Anonymous_Unauthenticated_TooLong_TooLong()
    {
        var w = await World.CreateAsync(api.Services);

        var anonymous = await api.PostAsync(Analyze, new { t = "锂电池检测" });
        var tooLong = await api.PostAsync(Analyze, new { t = new string('测', 20_001) }, w.Token(api.Services, Roles.Enterprise));

        Assert.Equal("UNAUTHENTICATED", anonymous.Code());
        Assert.Equal("TOO_LONG", tooLong.Code());
    }

    [Fact]
    public async Task MatchRationale_NoChatModelConfigured_Null()
    {
        var w = await World.CreateAsync(api.Services);

        var match = (await api.PostAsync("query($id: ID!) { match(id: $id) { rationale explanation { matchedTerms } } }", new { id = w.Match }, w.Token(api.Services, Roles.Broker))).Data().GetProperty("match");

        Assert.Equal(JsonValueKind.Null, match.GetProperty("rationale").ValueKind);
    }
}
