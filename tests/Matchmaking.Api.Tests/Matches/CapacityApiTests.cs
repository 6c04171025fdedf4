using System.Text.Json;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Tests.Matches;

/// <summary>
/// Capacity (承接上限) as users meet it on the seeded service: a capacity set by upsertExpert, an active match made
/// by a broker through the API, and the demand's expert recommendations that read both.
/// </summary>
public sealed class CapacityApiTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private const string Upsert = """
        mutation($name: String!, $kw: [String!], $bio: String, $cap: Int) { upsertExpert(input: { name: $name, title: "研究员",
          keywords: $kw, bio: $bio, capacity: $cap }) { expert { id capacity } userErrors { code } } }
        """;

    private const string Recommend = """
        query($d: ID!) { recommendations(for: $d, kinds: [EXPERT], first: 20) {
          edges { node { id } explanation { constraints { name met detail } } } } }
        """;

    [Fact]
    public async Task Recommendations_ExpertAtCapacityThroughApi_RanksBelowAvailableWithAvailabilityCheck()
    {
        var flow = new GraphQLFlow(api);
        string topic = "葡萄裂果蜂蜡仿生涂层";
        string busy = (await flow.OkAsync(Upsert, new
        {
            name = "忙碌专家" + flow.Tag, kw = new[] { "葡萄裂果", "蜂蜡仿生涂层", "果面防裂" }, cap = 1,
            bio = "长期研究葡萄裂果与蜂蜡仿生涂层，果面防裂涂层的配方与喷涂工艺。",
        }, flow.Token(Roles.Researcher, "cap-busy-" + flow.Tag), "upsertExpert")).GetProperty("expert").GetProperty("id").GetString()!;
        string free = (await flow.OkAsync(Upsert, new { name = "空闲专家" + flow.Tag, kw = new[] { "葡萄裂果" }, bio = "葡萄栽培。", cap = (int?)null },
            flow.Token(Roles.Researcher, "cap-free-" + flow.Tag), "upsertExpert")).GetProperty("expert").GetProperty("id").GetString()!;
        string enterprise = flow.Token(Roles.Enterprise, "cap-ent-" + flow.Tag);
        string demand = await PostDemandAsync(flow, enterprise, topic + "需求" + flow.Tag);
        string other = await PostDemandAsync(flow, enterprise, topic + "另一需求" + flow.Tag);

        // Before his one active match the busier-matching expert leads; the broker then introduces him elsewhere.
        var before = await OrderAsync(flow, demand, busy, free);
        Assert.True(before.IndexOf(busy) < before.IndexOf(free), $"busy {before.IndexOf(busy)}, free {before.IndexOf(free)} before");
        string broker = flow.Token(Roles.Broker, "cap-broker-" + flow.Tag);
        string match = (await flow.OkAsync("mutation($d: ID!, $c: ID!) { proposeMatch(input: { demandId: $d, candidateId: $c }) { match { id } userErrors { code } } }",
            new { d = other, c = busy }, broker, "proposeMatch")).GetProperty("match").GetProperty("id").GetString()!;
        foreach (string stage in new[] { "SHORTLISTED", "INTRODUCED" })
        {
            await flow.OkAsync("mutation($id: ID!, $to: MatchStage) { advanceMatch(input: { matchId: $id, to: $to }) { match { stage } userErrors { code } } }",
                new { id = match, to = stage }, broker, "advanceMatch");
        }

        var loads = (await api.PostAsync("query($a: ID!, $b: ID!) { a: expert(id: $a) { capacity activeMatches } b: expert(id: $b) { capacity activeMatches } }", new { a = busy, b = free })).Data();
        Assert.Equal(1, loads.GetProperty("a").GetProperty("capacity").GetInt32());
        Assert.Equal(1, loads.GetProperty("a").GetProperty("activeMatches").GetInt32());
        Assert.Equal(JsonValueKind.Null, loads.GetProperty("b").GetProperty("capacity").ValueKind);
        Assert.Equal(0, loads.GetProperty("b").GetProperty("activeMatches").GetInt32());

        // Demoted below every available hit of the pool, he may sit pages down: read every page.
        const string Pages = "query($d: ID!, $a: String) { recommendations(for: $d, kinds: [EXPERT], first: 50, after: $a) { pageInfo { endCursor hasNextPage } edges { node { id } explanation { constraints { name met detail } } } } }";
        var edges = new List<JsonElement>();
        string? after = null;
        for (int page = 0; page < 10; page++)
        {
            var connection = await flow.OkAsync(Pages, new { d = demand, a = after }, enterprise, "recommendations");
            edges.AddRange(connection.GetProperty("edges").EnumerateArray());
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        var order = edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        Assert.True(order.IndexOf(free) >= 0 && order.IndexOf(free) < order.IndexOf(busy), $"free {order.IndexOf(free)}, busy {order.IndexOf(busy)} after");
        Assert.Equal((false, "at capacity (1 of 1 active matches)"), Availability(edges[order.IndexOf(busy)]));
        Assert.Equal((true, "open to projects (0 active matches, no capacity declared)"), Availability(edges[order.IndexOf(free)]));
    }

    private static (bool Met, string Detail) Availability(JsonElement edge)
    {
        var check = Assert.Single(edge.GetProperty("explanation").GetProperty("constraints").EnumerateArray(), c => c.GetProperty("name").GetString() == "availability");
        return (check.GetProperty("met").GetBoolean(), check.GetProperty("detail").GetString()!);
    }

    /// <summary>The demand's expert ranking once the index has caught up with both new experts.</summary>
    private static async Task<List<string>> OrderAsync(GraphQLFlow flow, string demand, params string[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var order = (await flow.OkAsync(Recommend, new { d = demand }, flow.Token(Roles.Broker, "cap-reader"), "recommendations")).GetProperty("edges")
                .EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
            if (expected.All(order.Contains) || DateTime.UtcNow > deadline)
            {
                return order;
            }

            await Task.Delay(250);
        }
    }

    private static async Task<string> PostDemandAsync(GraphQLFlow flow, string token, string title)
    {
        var enterprise = await flow.OkAsync(
            """mutation($code: String!, $name: String!) { registerEnterprise(input: { name: $name, creditCode: $code, size: SMALL, region: "合肥市" }) { enterprise { id } userErrors { code } } }""",
            new { code = World.NewCreditCode(), name = "葡萄园农业有限公司" + Guid.NewGuid().ToString("N")[..6] }, token, "registerEnterprise");
        var demand = await flow.OkAsync(
            """
            mutation($e: ID!, $title: String!) { postDemand(input: { enterpriseId: $e, title: $title,
              description: "葡萄成熟期遇雨裂果严重，寻求蜂蜡仿生涂层等果面防裂技术。", keywords: ["葡萄裂果", "蜂蜡仿生涂层", "果面防裂"],
              industry: GREEN_FOOD, region: "合肥市", cooperationModes: [TRANSFER, LICENSE], contact: { person: "陈工", phone: "0551-66661111" } }) { demand { id } userErrors { code } } }
            """,
            new { e = enterprise.GetProperty("enterprise").GetProperty("id").GetString(), title }, token, "postDemand");
        return demand.GetProperty("demand").GetProperty("id").GetString()!;
    }
}
