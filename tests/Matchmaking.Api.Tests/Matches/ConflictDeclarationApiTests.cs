using System.Text.Json;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Tests.Matches;

/// <summary>
/// Declared conflicts (利益冲突声明) as users meet them: an achievement's owner declares one with a demanding
/// enterprise, brokers see it on the demand's recommendation edge before proposing, the match is held at
/// SHORTLISTED, and the enterprise's owner withdraws it.
/// </summary>
public sealed class ConflictDeclarationApiTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private const string Declare = """
        mutation($e: ID!, $p: ID, $i: String, $r: DeclaredRelation) { declareConflict(input: { enterpriseId: $e, partyId: $p, institution: $i, relation: $r, note: "曾为该企业技术顾问" }) {
          declaration { id relation partyKind partyId partyName declaredBy withdrawnAt } userErrors { field code } } }
        """;

    private const string Recommend = """
        query($d: ID!) { recommendations(for: $d, kinds: [ACHIEVEMENT], first: 20) { edges { node { id } conflicts { code reason } } } }
        """;

    [Fact]
    public async Task DeclareConflict_ByTheAchievementOwner_ShownToBrokersAndHoldsTheMatchUntilWithdrawn()
    {
        var flow = new GraphQLFlow(api);
        string enterpriseToken = flow.Token(Roles.Enterprise, "decl-ent-" + flow.Tag);
        string researcher = flow.Token(Roles.Researcher, "decl-res-" + flow.Tag);
        string broker = flow.Token(Roles.Broker, "decl-broker-" + flow.Tag);
        string demand = await flow.PostDemandAsync(enterpriseToken);
        string achievement = await flow.PublishAchievementAsync(researcher, []);
        string enterprise = (await api.PostAsync("query($d: ID!) { demand(id: $d) { enterprise { id } } }", new { d = demand }, enterpriseToken))
            .Data().GetProperty("demand").GetProperty("enterprise").GetProperty("id").GetString()!;
        Assert.Empty(await ConflictCodesAsync(flow, demand, achievement, broker));

        var declared = (await flow.OkAsync(Declare, new { e = enterprise, p = achievement }, researcher, "declareConflict")).GetProperty("declaration");
        Assert.Equal(("CONFLICT", "ACHIEVEMENT", achievement, "decl-res-" + flow.Tag), (declared.GetProperty("relation").GetString(), declared.GetProperty("partyKind").GetString(),
            declared.GetProperty("partyId").GetString(), declared.GetProperty("declaredBy").GetString()));
        Assert.StartsWith("锂电池极片缺陷在线检测技术", declared.GetProperty("partyName").GetString());
        Assert.Equal("DUPLICATE", await flow.CodeAsync(Declare, new { e = enterprise, p = achievement }, enterpriseToken));
        Assert.Equal("FORBIDDEN", await flow.CodeAsync(Declare, new { e = enterprise, p = achievement, r = "AFFILIATE" }, flow.Token(Roles.Researcher, "bystander-" + flow.Tag)));
        Assert.Equal("NOT_FOUND", await flow.CodeAsync(Declare, new { e = enterprise, i = "不存在的研究院" + flow.Tag }, enterpriseToken));
        Assert.Equal("BAD_USER_INPUT", await flow.CodeAsync(Declare, new { e = enterprise, p = achievement, i = "中国科学技术大学" }, enterpriseToken));
        Assert.Equal("INVALID_ID", await flow.CodeAsync(Declare, new { e = enterprise, p = demand }, enterpriseToken));

        // Brokers see it on the recommendation edge; the achievement's own researcher (no broker) does not.
        Assert.Equal(["DECLARED_CONFLICT"], await ConflictCodesAsync(flow, demand, achievement, broker));
        var asResearcher = await flow.OkAsync(Recommend, new { d = demand }, researcher, "recommendations");
        Assert.All(asResearcher.GetProperty("edges").EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("conflicts").ValueKind));

        const string Declarations = "query($e: ID!, $w: Boolean) { enterprise(id: $e) { conflictDeclarations(includeWithdrawn: $w) { totalCount edges { node { id withdrawnAt } } } } }";
        Assert.Single((await api.PostAsync(Declarations, new { e = enterprise }, enterpriseToken)).Data().GetProperty("enterprise").GetProperty("conflictDeclarations").GetProperty("edges").EnumerateArray());
        Assert.Equal("FORBIDDEN", await flow.CodeAsync(Declarations, new { e = enterprise }, researcher));

        const string Node = "query($id: ID!) { node(id: $id) { ... on ConflictDeclaration { relation } } }";
        string declaration = declared.GetProperty("id").GetString()!;
        Assert.Equal("CONFLICT", (await api.PostAsync(Node, new { id = declaration }, broker)).Data().GetProperty("node").GetProperty("relation").GetString());
        Assert.Equal(JsonValueKind.Null, (await api.PostAsync(Node, new { id = declaration })).Data().GetProperty("node").ValueKind);

        string match = (await flow.OkAsync("mutation($d: ID!, $c: ID!) { proposeMatch(input: { demandId: $d, candidateId: $c }) { match { id conflicts { code } } userErrors { code } } }",
            new { d = demand, c = achievement }, broker, "proposeMatch")).GetProperty("match").GetProperty("id").GetString()!;
        const string Advance = "mutation($id: ID!, $to: MatchStage) { advanceMatch(input: { matchId: $id, to: $to }) { match { stage } userErrors { code } } }";
        await flow.OkAsync(Advance, new { id = match, to = "SHORTLISTED" }, broker, "advanceMatch");
        Assert.Equal("CONFLICT_OF_INTEREST", await flow.CodeAsync(Advance, new { id = match, to = "INTRODUCED" }, broker));

        var withdrawn = (await flow.OkAsync("mutation($id: ID!) { withdrawConflictDeclaration(input: { declarationId: $id }) { declaration { withdrawnAt } userErrors { code } } }",
            new { id = declared.GetProperty("id").GetString() }, enterpriseToken, "withdrawConflictDeclaration")).GetProperty("declaration");
        Assert.NotEqual(JsonValueKind.Null, withdrawn.GetProperty("withdrawnAt").ValueKind);
        Assert.Equal("INTRODUCED", (await flow.OkAsync(Advance, new { id = match, to = "INTRODUCED" }, broker, "advanceMatch")).GetProperty("match").GetProperty("stage").GetString());
        var kept = (await api.PostAsync(Declarations, new { e = enterprise, w = true }, enterpriseToken)).Data().GetProperty("enterprise").GetProperty("conflictDeclarations");
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(kept.GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("withdrawnAt").ValueKind);
    }

    /// <summary>The codes on the demand's edge for the achievement, once the index has it.</summary>
    private static async Task<List<string>> ConflictCodesAsync(GraphQLFlow flow, string demand, string achievement, string token)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var edges = (await flow.OkAsync(Recommend, new { d = demand }, token, "recommendations")).GetProperty("edges").EnumerateArray();
            if (edges.FirstOrDefault(e => e.GetProperty("node").GetProperty("id").GetString() == achievement) is { ValueKind: JsonValueKind.Object } edge)
            {
                return edge.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
            }

            Assert.True(DateTime.UtcNow < deadline, "the achievement never appeared in the demand's recommendations.");
            await Task.Delay(250);
        }
    }
}
