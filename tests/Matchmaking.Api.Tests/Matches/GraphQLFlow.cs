using System.Text.Json;
using Matchmaking.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Matches;

/// <summary>The users' steps of the broker workflow through GraphQL only, each asserting it had no errors.</summary>
public sealed class GraphQLFlow(ApiFactory api)
{
    public string Tag { get; } = Guid.NewGuid().ToString("N")[..8];

    public string Token(string role, string subject) => api.Services.GetRequiredService<TokenIssuer>().Issue(role, subject);

    /// <summary>Runs an operation and returns `data.root`, failing on any error or userError.</summary>
    public async Task<JsonElement> OkAsync(string document, object? variables, string token, string root)
    {
        var value = (await api.PostAsync(document, variables, token)).Data().GetProperty(root);
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("userErrors", out var errors))
        {
            Assert.True(errors.GetArrayLength() == 0, $"{root}: {errors}");
        }

        return value;
    }

    /// <summary>The top-level error code of an operation (FORBIDDEN, …), or the first userError's code.</summary>
    public async Task<string?> CodeAsync(string document, object? variables, string token)
    {
        var result = await api.PostAsync(document, variables, token);
        if (result.TryGetProperty("errors", out var errors))
        {
            return errors[0].GetProperty("extensions").GetProperty("code").GetString();
        }

        var root = result.GetProperty("data").EnumerateObject().First().Value;
        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("userErrors", out var userErrors) && userErrors.GetArrayLength() > 0
            ? userErrors[0].GetProperty("code").GetString()
            : null;
    }

    public async Task<string> PostDemandAsync(string enterpriseToken)
    {
        var enterprise = await OkAsync(
            """mutation($code: String!, $name: String!) { registerEnterprise(input: { name: $name, creditCode: $code, size: SMALL, region: "合肥市" }) { enterprise { id } userErrors { code } } }""",
            new { code = World.NewCreditCode(), name = "合肥极片科技有限公司" + Tag }, enterpriseToken, "registerEnterprise");
        var demand = await OkAsync(
            """
            mutation($e: ID!, $title: String!) { postDemand(input: { enterpriseId: $e, title: $title,
              description: "锂电池极片涂布后表面缺陷在线检测，需要机器视觉方案与缺陷分类算法。", keywords: ["锂电池", "极片", "缺陷检测", "机器视觉"],
              industry: NEW_ENERGY_VEHICLES, region: "合肥市", budgetMin: { amount: "500000" }, budgetMax: { amount: "2000000" },
              cooperationModes: [TRANSFER, LICENSE], contact: { person: "李工", phone: "0551-66660000" } }) { demand { id } userErrors { code } } }
            """,
            new { e = enterprise.GetProperty("enterprise").GetProperty("id").GetString(), title = "锂电池极片缺陷在线检测 " + Tag }, enterpriseToken, "postDemand");
        return demand.GetProperty("demand").GetProperty("id").GetString()!;
    }

    public async Task<string> PublishAchievementAsync(string researcherToken, IReadOnlyList<string> teamExpertIds)
    {
        var achievement = await OkAsync(
            """
            mutation($title: String!, $team: [ID!]) { publishAchievement(input: { title: $title,
              abstract: "基于深度学习的锂电池极片表面缺陷在线检测技术，机器视觉识别涂布缺陷。", keywords: ["锂电池", "极片", "缺陷检测", "机器视觉"],
              industry: NEW_ENERGY_VEHICLES, region: "合肥市", trl: 6, ipForm: INVENTION_PATENT, cooperationModes: [TRANSFER, LICENSE],
              askingPrice: { amount: "1000000" }, teamExpertIds: $team }) { achievement { id } userErrors { code } } }
            """,
            new { title = "锂电池极片缺陷在线检测技术 " + Tag, team = teamExpertIds }, researcherToken, "publishAchievement");
        return achievement.GetProperty("achievement").GetProperty("id").GetString()!;
    }

    public async Task<string> UpsertExpertAsync(string researcherToken, string name)
    {
        var expert = await OkAsync(
            """mutation($name: String!) { upsertExpert(input: { name: $name, title: "研究员", keywords: ["机器视觉"] }) { expert { id } userErrors { code } } }""",
            new { name = name + Tag }, researcherToken, "upsertExpert");
        return expert.GetProperty("expert").GetProperty("id").GetString()!;
    }

    /// <summary>The demand's recommendation edge for the candidate, waiting for the index to catch up with the new listings.</summary>
    public async Task<JsonElement?> RecommendationAsync(string demandId, string candidateId, string token, bool includeRejected = false, bool wait = true)
    {
        const string Query = """
            query($d: ID!, $r: Boolean) { recommendations(for: $d, kinds: [ACHIEVEMENT], first: 20, includeRejected: $r) {
              edges { score node { id } explanation { signals { name } } existingMatch { id stage } } } }
            """;
        var deadline = DateTime.UtcNow.AddSeconds(wait ? 30 : 0);
        while (true)
        {
            var edges = (await OkAsync(Query, new { d = demandId, r = includeRejected }, token, "recommendations")).GetProperty("edges").EnumerateArray().ToList();
            if (edges.FirstOrDefault(e => e.GetProperty("node").GetProperty("id").GetString() == candidateId) is { ValueKind: JsonValueKind.Object } edge)
            {
                return edge;
            }

            if (DateTime.UtcNow > deadline)
            {
                return null;
            }

            await Task.Delay(250);
        }
    }
}
