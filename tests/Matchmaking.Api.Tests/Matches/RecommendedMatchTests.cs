using System.Text.Json;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Tests.Matches;

/// <summary>Recommendations feed the workflow: a broker turns one into a match that keeps its score and explanation; edges mark existing matches; rejected ones leave the list unless asked.</summary>
public abstract class RecommendedMatchTests(BareApi api)
{
    private const string Create = """
        mutation($d: ID!, $c: ID!) { createMatchFromRecommendation(input: { demandId: $d, candidateId: $c, note: "推荐第一，团队有量产经验" }) {
          match { id origin stage score broker explanation { signals { name } } history(first: 5) { edges { node { kind actor note } } } } userErrors { field code } } }
        """;

    [Fact]
    public async Task CreateMatchFromRecommendation_KeepsScoreAndExplanation_MarksEdgeAndHidesRejected()
    {
        var flow = new GraphQLFlow(api);
        string broker = flow.Token(Roles.Broker, "broker-" + flow.Tag);
        string demand = await flow.PostDemandAsync(flow.Token(Roles.Enterprise, "ent-" + flow.Tag));
        string achievement = await flow.PublishAchievementAsync(flow.Token(Roles.Researcher, "res-" + flow.Tag), []);
        var before = await flow.RecommendationAsync(demand, achievement, broker) ?? throw new Xunit.Sdk.XunitException("the achievement was never recommended for the demand");

        var match = (await flow.OkAsync(Create, new { d = demand, c = achievement }, broker, "createMatchFromRecommendation")).GetProperty("match");
        var marked = (await flow.RecommendationAsync(demand, achievement, broker))!.Value;
        string matchId = match.GetProperty("id").GetString()!;
        await flow.OkAsync("""mutation($id: ID!) { rejectMatch(input: { matchId: $id, reason: PRICE, note: "报价高于预算" }) { match { stage } userErrors { code } } }""", new { id = matchId }, broker, "rejectMatch");
        var hidden = await flow.RecommendationAsync(demand, achievement, broker, wait: false);
        var shown = (await flow.RecommendationAsync(demand, achievement, broker, includeRejected: true, wait: false))!.Value;
        string? again = await flow.CodeAsync(Create, new { d = demand, c = achievement }, broker);

        Assert.Equal(JsonValueKind.Null, before.GetProperty("existingMatch").ValueKind);
        Assert.Equal(("RECOMMENDED", "SUGGESTED", "broker-" + flow.Tag), (match.GetProperty("origin").GetString(), match.GetProperty("stage").GetString(), match.GetProperty("broker").GetString()));
        Assert.Equal(before.GetProperty("score").GetDouble(), match.GetProperty("score").GetDouble(), 6);
        Assert.Equal(
            before.GetProperty("explanation").GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("name").GetString()),
            match.GetProperty("explanation").GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var proposed = match.GetProperty("history").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(("PROPOSED", "broker-" + flow.Tag, "推荐第一，团队有量产经验"), (proposed.GetProperty("kind").GetString(), proposed.GetProperty("actor").GetString(), proposed.GetProperty("note").GetString()));
        Assert.Equal((matchId, "SUGGESTED"), (marked.GetProperty("existingMatch").GetProperty("id").GetString(), marked.GetProperty("existingMatch").GetProperty("stage").GetString()));
        Assert.Null(hidden);
        Assert.Equal("REJECTED", shown.GetProperty("existingMatch").GetProperty("stage").GetString());
        Assert.Equal("DUPLICATE", again);
    }

    [Fact]
    public async Task CreateMatchFromRecommendation_NotRecommendedOrNotBroker_Refused()
    {
        var flow = new GraphQLFlow(api);
        string enterprise = flow.Token(Roles.Enterprise, "ent-" + flow.Tag);
        string demand = await flow.PostDemandAsync(enterprise);
        var unrelated = await flow.OkAsync(
            """mutation { publishAchievement(input: { title: "高寒地区冬小麦抗冻育种", abstract: "冬小麦品种选育与田间栽培管理。", trl: 4 }) { achievement { id } userErrors { code } } }""",
            null, flow.Token(Roles.Researcher, "res-" + flow.Tag), "publishAchievement");
        string unrelatedId = unrelated.GetProperty("achievement").GetProperty("id").GetString()!;
        await Task.Delay(1000);

        Assert.Equal("NOT_RECOMMENDED", await flow.CodeAsync(Create, new { d = demand, c = unrelatedId }, flow.Token(Roles.Broker, "broker-" + flow.Tag)));
        Assert.Equal("FORBIDDEN", await flow.CodeAsync(Create, new { d = demand, c = unrelatedId }, enterprise));
    }
}

public sealed class RecommendedMatchSqliteTests(BareSqliteApi api) : RecommendedMatchTests(api), IClassFixture<BareSqliteApi>;

public sealed class RecommendedMatchPostgresTests(BarePostgresApi api) : RecommendedMatchTests(api), IClassFixture<BarePostgresApi>;
