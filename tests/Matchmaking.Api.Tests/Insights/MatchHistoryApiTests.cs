using Matchmaking.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Insights;

/// <summary>Match.history through GraphQL: every change with its actor, oldest first, each entry a Node.</summary>
public abstract class MatchHistoryApiTests(BareApi api)
{
    private const string History = """
        query($id: ID!) { match(id: $id) { history(first: 10) { totalCount edges { node { id kind actor fromStage toStage reason note match { id } } } } } }
        """;

    [Fact]
    public async Task History_AfterAdvanceAndReject_ListsEachChangeWithItsActor()
    {
        var w = await World.CreateAsync(api.Services);
        string broker = w.Token(api.Services, Roles.Broker)!;
        await api.PostAsync("""mutation($id: ID!) { advanceMatch(input: { matchId: $id }) { userErrors { code } } }""", new { id = w.Match }, broker);
        await api.PostAsync("""mutation($id: ID!) { rejectMatch(input: { matchId: $id, reason: PRICE, note: "报价过高" }) { userErrors { code } } }""", new { id = w.Match }, broker);

        var history = (await api.PostAsync(History, new { id = w.Match }, broker)).Data().GetProperty("match").GetProperty("history");

        Assert.Equal(2, history.GetProperty("totalCount").GetInt32());
        var entries = history.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(
            [("ADVANCED", w.Broker, "SUGGESTED", "SHORTLISTED", ""), ("REJECTED", w.Broker, "SHORTLISTED", "REJECTED", "PRICE")],
            entries.Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("actor").GetString(), e.GetProperty("fromStage").GetString(), e.GetProperty("toStage").GetString(), e.GetProperty("reason").GetString() ?? "")));
        Assert.Equal("报价过高", entries[1].GetProperty("note").GetString());
        Assert.All(entries, e => Assert.Equal(w.Match, e.GetProperty("match").GetProperty("id").GetString()));

        string entryId = entries[1].GetProperty("id").GetString()!;
        var node = (await api.PostAsync("""query($id: ID!) { node(id: $id) { id ... on MatchEvent { kind } } }""", new { id = entryId }, broker)).Data().GetProperty("node");
        Assert.Equal("REJECTED", node.GetProperty("kind").GetString());
        var stranger = await api.PostAsync("""query($id: ID!) { node(id: $id) { id } }""", new { id = entryId }, Stranger());
        Assert.Equal("FORBIDDEN", stranger.Code());
    }

    [Fact]
    public async Task History_Feedback_RecordsThePartyThatGaveIt()
    {
        var w = await World.CreateAsync(api.Services);

        await api.PostAsync("""mutation($id: ID!) { giveFeedback(input: { matchId: $id, useful: true, note: "很有帮助" }) { userErrors { code } } }""", new { id = w.Match }, w.Token(api.Services, Roles.Enterprise));

        var node = (await api.PostAsync(History, new { id = w.Match }, w.Token(api.Services, Roles.Broker))).Data()
            .GetProperty("match").GetProperty("history").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(("FEEDBACK", w.EnterpriseOwner, "很有帮助"), (node.GetProperty("kind").GetString(), node.GetProperty("actor").GetString(), node.GetProperty("note").GetString()));
    }

    /// <summary>An enterprise token for a subject that owns nothing in this world.</summary>
    private string Stranger() => api.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Enterprise, "ent-stranger");
}

public sealed class MatchHistorySqliteApiTests(BareSqliteApi api) : MatchHistoryApiTests(api), IClassFixture<BareSqliteApi>;

public sealed class MatchHistoryPostgresApiTests(BarePostgresApi api) : MatchHistoryApiTests(api), IClassFixture<BarePostgresApi>;
