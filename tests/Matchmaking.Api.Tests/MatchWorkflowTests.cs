using System.Text.Json;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Tests;

/// <summary>The broker workflow over HTTP: stages, invalid transitions, duplicates, and contacts opening at INTRODUCED.</summary>
public abstract class MatchWorkflowTests(BareApi api)
{
    private const string Advance = """mutation($id: ID!, $to: MatchStage) { advanceMatch(input: { matchId: $id, to: $to }) { match { stage } userErrors { code } } }""";

    [Fact]
    public async Task AdvanceMatch_ThroughEveryStage_EndsClosedThenInvalidTransition()
    {
        var w = await World.CreateAsync(api.Services);
        string broker = w.Token(api.Services, Roles.Broker)!;
        string[] expected = ["SHORTLISTED", "INTRODUCED", "NEGOTIATING", "CONTRACTED", "CLOSED"];

        foreach (string stage in expected)
        {
            var result = await api.PostAsync(Advance, new { id = w.Match }, broker);
            Assert.Equal(stage, result.Data().GetProperty("advanceMatch").GetProperty("match").GetProperty("stage").GetString());
        }

        var after = await api.PostAsync(Advance, new { id = w.Match }, broker);
        Assert.Equal("INVALID_TRANSITION", UserErrorCode(after, "advanceMatch"));
    }

    [Fact]
    public async Task AdvanceMatch_SkippingAStage_InvalidTransition()
    {
        var w = await World.CreateAsync(api.Services);

        var result = await api.PostAsync(Advance, new { id = w.Match, to = "NEGOTIATING" }, w.Token(api.Services, Roles.Broker));

        Assert.Equal("INVALID_TRANSITION", UserErrorCode(result, "advanceMatch"));
    }

    [Fact]
    public async Task ProposeMatch_SamePairTwice_Duplicate()
    {
        var w = await World.CreateAsync(api.Services);
        string doc = $$"""mutation { proposeMatch(input: { demandId: "{{w.Demand}}", candidateId: "{{w.Expert}}" }) { match { id } userErrors { code } } }""";

        var result = await api.PostAsync(doc, token: w.Token(api.Services, Roles.Broker));

        Assert.Equal("DUPLICATE", UserErrorCode(result, "proposeMatch"));
    }

    [Fact]
    public async Task RejectMatch_OtherWithoutNote_Required()
    {
        var w = await World.CreateAsync(api.Services);
        string doc = $$"""mutation { rejectMatch(input: { matchId: "{{w.Match}}", reason: OTHER }) { match { id } userErrors { field code } } }""";

        var result = await api.PostAsync(doc, token: w.Token(api.Services, Roles.Broker));

        Assert.Equal("REQUIRED", UserErrorCode(result, "rejectMatch"));
    }

    [Fact]
    public async Task Contacts_FromIntroduced_VisibleToTheOtherParty()
    {
        var w = await World.CreateAsync(api.Services);
        string doc = $$"""{ demand(id: "{{w.Demand}}") { contact { phone } contactVisibility { visible reason } } expert(id: "{{w.Expert}}") { contact { phone } contactVisibility { visible reason } } }""";
        string researcher = w.Token(api.Services, Roles.Researcher)!;
        string enterprise = w.Token(api.Services, Roles.Enterprise)!;
        var hidden = (await api.PostAsync(doc, token: researcher)).Data().GetProperty("demand");
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("contact").ValueKind);
        Assert.Equal("NOT_A_PARTY", hidden.GetProperty("contactVisibility").GetProperty("reason").GetString());

        await api.PostAsync(Advance, new { id = w.Match }, w.Token(api.Services, Roles.Broker));
        await api.PostAsync(Advance, new { id = w.Match, to = "INTRODUCED" }, w.Token(api.Services, Roles.Broker));

        var asResearcher = (await api.PostAsync(doc, token: researcher)).Data();
        var asEnterprise = (await api.PostAsync(doc, token: enterprise)).Data();
        Assert.Equal(World.DemandPhone, asResearcher.GetProperty("demand").GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal(World.ExpertPhone, asEnterprise.GetProperty("expert").GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal("INTRODUCED_MATCH", asResearcher.GetProperty("demand").GetProperty("contactVisibility").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task PostDemand_InvalidInput_UserErrorsAndNothingStored()
    {
        var w = await World.CreateAsync(api.Services);
        string doc = $$"""mutation { postDemand(input: { enterpriseId: "{{w.Enterprise}}", title: "", description: "x", budgetMin: { amount: "500.00" }, budgetMax: { amount: "100.00" }, requiredTrl: 12 }) { demand { id } userErrors { field code } } }""";

        var payload = (await api.PostAsync(doc, token: w.Token(api.Services, Roles.Enterprise))).Data().GetProperty("postDemand");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("demand").ValueKind);
        var codes = payload.GetProperty("userErrors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("REQUIRED", codes);
        Assert.Contains("TRL_OUT_OF_RANGE", codes);
        Assert.Contains("BUDGET_RANGE_INVALID", codes);
    }

    [Fact]
    public async Task Demands_PagedWithCursors_CoverEveryItemOnce()
    {
        var w = await World.CreateAsync(api.Services);
        string enterprise = w.Token(api.Services, Roles.Enterprise)!;
        for (int i = 0; i < 4; i++)
        {
            await api.PostAsync($$"""mutation { postDemand(input: { enterpriseId: "{{w.Enterprise}}", title: "需求 {{i}}", description: "描述" }) { demand { id } } }""", token: enterprise);
        }

        const string page = """query($e: ID!, $after: String) { demands(first: 2, after: $after, filter: { enterpriseId: $e }) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }""";
        var seen = new List<string>();
        string? after = null;
        do
        {
            var demands = (await api.PostAsync(page, new { e = w.Enterprise, after })).Data().GetProperty("demands");
            Assert.Equal(5, demands.GetProperty("totalCount").GetInt32());
            seen.AddRange(demands.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = demands.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? demands.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task Demands_KeysetCursor_StableWhenANewDemandIsPosted()
    {
        var w = await World.CreateAsync(api.Services);
        string enterprise = w.Token(api.Services, Roles.Enterprise)!;
        for (int i = 0; i < 4; i++)
        {
            await api.PostAsync($$"""mutation { postDemand(input: { enterpriseId: "{{w.Enterprise}}", title: "需求 {{i}}", description: "描述" }) { demand { id } } }""", token: enterprise);
        }

        const string page = """query($e: ID!, $after: String) { demands(first: 2, after: $after, filter: { enterpriseId: $e }) { edges { node { id } } pageInfo { endCursor } } }""";
        var all = (await api.PostAsync(page.Replace("first: 2", "first: 10", StringComparison.Ordinal), new { e = w.Enterprise, after = (string?)null })).Data()
            .GetProperty("demands").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        var first = (await api.PostAsync(page, new { e = w.Enterprise, after = (string?)null })).Data().GetProperty("demands");

        // Newest first: an offset cursor would now point one item earlier and repeat the first page's last item.
        await api.PostAsync($$"""mutation { postDemand(input: { enterpriseId: "{{w.Enterprise}}", title: "新插入的需求", description: "描述" }) { demand { id } } }""", token: enterprise);
        var second = (await api.PostAsync(page, new { e = w.Enterprise, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data().GetProperty("demands");

        Assert.Equal(all.Skip(2).Take(2), second.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Demands_LastBefore_ReadsBackwards()
    {
        var w = await World.CreateAsync(api.Services);
        string enterprise = w.Token(api.Services, Roles.Enterprise)!;
        for (int i = 0; i < 3; i++)
        {
            await api.PostAsync($$"""mutation { postDemand(input: { enterpriseId: "{{w.Enterprise}}", title: "需求 {{i}}", description: "描述" }) { demand { id } } }""", token: enterprise);
        }

        const string all = """query($e: ID!) { demands(first: 10, filter: { enterpriseId: $e }) { edges { cursor node { id } } } }""";
        var edges = (await api.PostAsync(all, new { e = w.Enterprise })).Data().GetProperty("demands").GetProperty("edges").EnumerateArray().ToList();
        const string back = """query($e: ID!, $b: String) { demands(last: 2, before: $b, filter: { enterpriseId: $e }) { edges { node { id } } pageInfo { hasPreviousPage hasNextPage } } }""";

        var page = (await api.PostAsync(back, new { e = w.Enterprise, b = edges[3].GetProperty("cursor").GetString() })).Data().GetProperty("demands");
        var tail = (await api.PostAsync(back.Replace(", before: $b", "", StringComparison.Ordinal).Replace(", $b: String", "", StringComparison.Ordinal), new { e = w.Enterprise })).Data().GetProperty("demands");

        Assert.Equal(edges.Skip(1).Take(2).Select(e => e.GetProperty("node").GetProperty("id").GetString()), page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(edges.Skip(2).Select(e => e.GetProperty("node").GetProperty("id").GetString()), tail.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }

    private static string? UserErrorCode(JsonElement result, string field) =>
        result.Data().GetProperty(field).GetProperty("userErrors")[0].GetProperty("code").GetString();
}

public sealed class MatchWorkflowSqliteTests(BareSqliteApi api) : MatchWorkflowTests(api), IClassFixture<BareSqliteApi>;

public sealed class MatchWorkflowPostgresTests(BarePostgresApi api) : MatchWorkflowTests(api), IClassFixture<BarePostgresApi>;
