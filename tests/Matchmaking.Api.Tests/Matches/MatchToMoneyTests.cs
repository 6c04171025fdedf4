using System.Globalization;
using System.Text.Json;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Tests.Matches;

/// <summary>
/// Issue 13's "done when", through GraphQL only: an enterprise posts a demand, a researcher and two colleagues publish
/// an achievement, a broker takes the recommendation as a match to CONTRACTED, a deal with three inventors sharing the
/// team share, two payments and a partial refund settled; each party sees exactly its own statement, the amounts sum to
/// the cent, the history lists every step with its actor, and an unrelated broker, enterprise and researcher are refused.
/// </summary>
public abstract class MatchToMoneyTests(BareApi api)
{
    [Fact]
    public async Task FromDemandToStatements_EachPartySeesItsOwn_StrangersForbiddenAtEachStep()
    {
        var flow = new GraphQLFlow(api);
        string t = flow.Tag;
        string enterprise = flow.Token(Roles.Enterprise, "ent-" + t), broker = flow.Token(Roles.Broker, "broker-" + t), admin = flow.Token(Roles.Admin, "admin-" + t);
        string[] inventors = ["inv-a-" + t, "inv-b-" + t, "inv-c-" + t];
        string[] inventorTokens = inventors.Select(s => flow.Token(Roles.Researcher, s)).ToArray();
        string[] strangers = [flow.Token(Roles.Broker, "broker-other-" + t), flow.Token(Roles.Enterprise, "ent-other-" + t), flow.Token(Roles.Researcher, "res-other-" + t)];

        async Task Refused(string document, object variables, bool brokerToo = true)
        {
            foreach (string stranger in brokerToo ? strangers : strangers[1..])
            {
                Assert.Equal("FORBIDDEN", await flow.CodeAsync(document, variables, stranger));
            }
        }

        // The enterprise posts its demand; the lead inventor publishes the achievement with her two colleagues' profiles.
        string demand = await flow.PostDemandAsync(enterprise);
        await Refused("""mutation($id: ID!) { updateDemand(input: { id: $id, title: "改" }) { demand { id } userErrors { code } } }""", new { id = demand });
        var experts = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            experts.Add(await flow.UpsertExpertAsync(inventorTokens[i], "张李王"[i] + "研究员"));
        }

        string achievement = await flow.PublishAchievementAsync(inventorTokens[0], experts);
        await Refused("""mutation($id: ID!) { updateAchievement(input: { id: $id, title: "改" }) { achievement { id } userErrors { code } } }""", new { id = achievement });

        // The broker takes the recommendation as a match and moves it to CONTRACTED; strangers are refused at each stage.
        Assert.NotNull(await flow.RecommendationAsync(demand, achievement, broker));
        const string FromRecommendation = """mutation($d: ID!, $c: ID!) { createMatchFromRecommendation(input: { demandId: $d, candidateId: $c }) { match { id origin } userErrors { code } } }""";
        await Refused(FromRecommendation, new { d = demand, c = achievement }, brokerToo: false);
        string match = (await flow.OkAsync(FromRecommendation, new { d = demand, c = achievement }, broker, "createMatchFromRecommendation")).GetProperty("match").GetProperty("id").GetString()!;
        Assert.Equal("ALREADY_CLAIMED", await flow.CodeAsync("""mutation($id: ID!) { claimMatch(input: { matchId: $id }) { match { id } userErrors { code } } }""", new { id = match }, strangers[0]));
        const string Advance = """mutation($id: ID!) { advanceMatch(input: { matchId: $id }) { match { stage } userErrors { code } } }""";
        foreach (string stage in new[] { "SHORTLISTED", "INTRODUCED", "NEGOTIATING", "CONTRACTED" })
        {
            await Refused(Advance, new { id = match });
            Assert.Equal(stage, (await flow.OkAsync(Advance, new { id = match }, broker, "advanceMatch")).GetProperty("match").GetProperty("stage").GetString());
        }

        // A deal from the match: three inventors 50/30/20 of the team share, the rest derived from the match.
        const string CreateDeal = """
            mutation($m: ID!, $a: String!, $b: String!, $c: String!) { createDeal(input: { matchId: $m, contractType: TRANSFER, value: { amount: "1000000.00" },
              parties: [{ role: INVENTORS, subject: $a, subShareBasisPoints: 5000 }, { role: INVENTORS, subject: $b, subShareBasisPoints: 3000 }, { role: INVENTORS, subject: $c, subShareBasisPoints: 2000 }],
              shares: [{ role: INVENTORS, basisPoints: 7000 }, { role: BROKER, basisPoints: 2000, isCost: true }, { role: PLATFORM, basisPoints: 1000, isCost: true }] }) {
              deal { id parties { role subject subShareBasisPoints payee } } userErrors { field code } } }
            """;
        var dealVars = new { m = match, a = inventors[0], b = inventors[1], c = inventors[2] };
        await Refused(CreateDeal, dealVars);
        var deal = (await flow.OkAsync(CreateDeal, dealVars, broker, "createDeal")).GetProperty("deal");
        string dealId = deal.GetProperty("id").GetString()!;
        var parties = deal.GetProperty("parties").EnumerateArray().Select(p => (p.GetProperty("role").GetString(), p.GetProperty("subject").GetString())).ToList();
        Assert.Contains(("ENTERPRISE", "ent-" + t), parties);
        Assert.Contains(("BROKER", "broker-" + t), parties);
        Assert.Equal(inventors, parties.Where(p => p.Item1 == "INVENTORS").Select(p => p.Item2));

        // Two payments and a partial refund, settled by an admin.
        const string Pay = """mutation($d: ID!, $amount: String!, $key: String!) { recordPayment(input: { dealId: $d, amount: { amount: $amount }, idempotencyKey: $key }) { payment { id } userErrors { code } } }""";
        await Refused(Pay, new { d = dealId, amount = "1.00", key = "stranger" });
        string first = (await flow.OkAsync(Pay, new { d = dealId, amount = "400000.00", key = "invoice-1" }, broker, "recordPayment")).GetProperty("payment").GetProperty("id").GetString()!;
        await flow.OkAsync(Pay, new { d = dealId, amount = "333333.33", key = "invoice-2" }, broker, "recordPayment");
        const string Settle = """mutation { settlePayments(input: {}) { settlement { settled } userErrors { code } } }""";
        await Refused(Settle, new { }, brokerToo: true);
        await flow.OkAsync(Settle, null, admin, "settlePayments");
        const string Refund = """mutation($p: ID!) { refundPayment(input: { paymentId: $p, amount: { amount: "100000.00" }, idempotencyKey: "refund-1" }) { payment { id } userErrors { code } } }""";
        await Refused(Refund, new { p = first });
        await flow.OkAsync(Refund, new { p = first }, broker, "refundPayment");
        await flow.OkAsync(Settle, null, admin, "settlePayments");

        // Every party sees the deal and its payments, and exactly its own statement; the statements sum to the cent.
        const string Deal = """query($id: ID!) { deal(id: $id) { paid { amount } payments(first: 10) { totalCount } } }""";
        foreach (string party in inventorTokens.Append(enterprise).Append(broker))
        {
            var seen = (await flow.OkAsync(Deal, new { id = dealId }, party, "deal"));
            Assert.Equal(3, seen.GetProperty("payments").GetProperty("totalCount").GetInt32());
        }

        await Refused(Deal, new { id = dealId });
        string period = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        const string Statement = """query($p: String!, $period: String!) { statement(payee: $p, period: $period) { closing { amount } lines(first: 20) { totalCount } } }""";
        decimal Closing(JsonElement s) => decimal.Parse(s.GetProperty("closing").GetProperty("amount").GetString()!, CultureInfo.InvariantCulture);
        var own = new Dictionary<string, decimal>();
        string[] payees = [.. inventors, "broker-" + t];
        string[] payeeTokens = [.. inventorTokens, broker];
        for (int i = 0; i < payees.Length; i++)
        {
            own[payees[i]] = Closing(await flow.OkAsync(Statement, new { p = payees[i], period }, payeeTokens[i], "statement"));
            foreach (string other in payeeTokens.Where((_, j) => j != i).Append(enterprise).Concat(strangers))
            {
                Assert.Equal("FORBIDDEN", await flow.CodeAsync(Statement, new { p = payees[i], period }, other));
            }
        }

        decimal platform = Closing(await flow.OkAsync(Statement, new { p = "platform", period }, admin, "statement"));
        Assert.Equal(633_333.33m, own.Values.Sum() + platform);
        decimal team = own[inventors[0]] + own[inventors[1]] + own[inventors[2]];
        Assert.Equal(443_333.33m, team);
        Assert.Equal(126_666.67m, own["broker-" + t]);
        Assert.True(Math.Abs(own[inventors[0]] - (team * 0.5m)) <= 0.02m && Math.Abs(own[inventors[1]] - (team * 0.3m)) <= 0.02m && Math.Abs(own[inventors[2]] - (team * 0.2m)) <= 0.02m, string.Join(", ", own));

        // The history lists every step with its actor; strangers on the demand side or the supply side may not read it.
        const string History = """query($id: ID!) { match(id: $id) { history(first: 20) { edges { node { kind actor fromStage toStage } } } } }""";
        var steps = (await flow.OkAsync(History, new { id = match }, enterprise, "match")).GetProperty("history").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).Select(n => (n.GetProperty("kind").GetString(), n.GetProperty("actor").GetString(), n.GetProperty("toStage").GetString())).ToList();
        Assert.Equal(
            [("PROPOSED", "broker-" + t, "SUGGESTED"), ("ADVANCED", "broker-" + t, "SHORTLISTED"), ("ADVANCED", "broker-" + t, "INTRODUCED"), ("ADVANCED", "broker-" + t, "NEGOTIATING"), ("ADVANCED", "broker-" + t, "CONTRACTED")],
            steps);
        await Refused(History, new { id = match }, brokerToo: false);

        // The statement as a CSV download: UTF-8 with a BOM, for its payee and admins only.
        using var client = api.CreateClient();
        async Task<HttpResponseMessage> Download(string path, string? token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (token is not null)
            {
                request.Headers.Authorization = new("Bearer", token);
            }

            return await client.SendAsync(request);
        }

        string statementCsv = $"/exports/statement.csv?payee={inventors[1]}&period={period}";
        using var csv = await Download(statementCsv, inventorTokens[1]);
        byte[] bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        string[] rows = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("payee,period,posted_at", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("closing," + own[inventors[1]].ToString("0.00", CultureInfo.InvariantCulture) + ",CNY", rows[^1], StringComparison.Ordinal);
        Assert.Equal(own[inventors[1]], rows[2..^1].Sum(r => decimal.Parse(r.Split(',')[6], CultureInfo.InvariantCulture)));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await Download(statementCsv, inventorTokens[0])).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await Download(statementCsv, strangers[0])).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await Download(statementCsv, null)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Download(statementCsv, admin)).StatusCode);
        using var ledger = await Download($"/exports/ledger.csv?deal={Uri.EscapeDataString(dealId)}", admin);
        Assert.Equal(System.Net.HttpStatusCode.OK, ledger.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await Download($"/exports/ledger.csv?deal={Uri.EscapeDataString(dealId)}", broker)).StatusCode);
    }
}

public sealed class MatchToMoneySqliteTests(BareSqliteApi api) : MatchToMoneyTests(api), IClassFixture<BareSqliteApi>;

public sealed class MatchToMoneyPostgresTests(BarePostgresApi api) : MatchToMoneyTests(api), IClassFixture<BarePostgresApi>;
