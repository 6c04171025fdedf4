using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>
/// Creates, through the API as its owners would, what the cases need: an enterprise with four demands,
/// two experts and an achievement, six matches by one broker (two taken to CONTRACTED), a deal and a payment;
/// then reads a ledger entry and one cursor of each kind. <paramref name="settle"/>, when given, settles
/// the payment first (in-process runs; a running service settles on its own schedule).
/// </summary>
public sealed class ProbeSetup(HttpClient client, ProbeTokens tokens, Func<CancellationToken, Task>? settle = null)
{
    private const string Propose = "mutation($d: ID!, $c: ID!) { proposeMatch(input: { demandId: $d, candidateId: $c }) { match { id } userErrors { field message code } } }";
    private const string Advance = "mutation($m: ID!) { advanceMatch(input: { matchId: $m }) { match { stage } userErrors { field message code } } }";

    public async Task<ProbeWorld> CreateAsync(CancellationToken ct)
    {
        string tag = Guid.NewGuid().ToString("N")[..10];
        string ent = tokens.For(Roles.Enterprise, "probe-ent-" + tag);
        string res = tokens.For(Roles.Researcher, "probe-res-" + tag);
        string res2 = tokens.For(Roles.Researcher, "probe-res2-" + tag);
        string broker = tokens.For(Roles.Broker, "probe-broker-" + tag);
        string creditCode = NewCreditCode();

        string enterprise = await IdAsync("mutation($c: String!, $n: String!) { registerEnterprise(input: { name: $n, creditCode: $c, size: SMALL, region: \"合肥市\", industry: NEW_ENERGY_VEHICLES, contact: { person: \"王经理\", phone: \"0551-11112222\" } }) { enterprise { id } userErrors { field message code } } }",
            new { c = creditCode, n = "探针测试电池有限公司 " + tag }, ent, "registerEnterprise", "enterprise", ct);
        var demands = new string[4];
        for (int i = 0; i < demands.Length; i++)
        {
            demands[i] = await IdAsync("mutation($e: ID!, $t: String!) { postDemand(input: { enterpriseId: $e, title: $t, description: \"需要基于机器视觉的极片表面缺陷在线检测方案。\", keywords: [\"机器视觉\", \"缺陷检测\"], industry: NEW_ENERGY_VEHICLES, region: \"合肥市\", budgetMin: { amount: \"100000.00\" }, budgetMax: { amount: \"500000.00\" }, requiredTrl: 5, cooperationModes: [JOINT_DEVELOPMENT, TRANSFER], contact: { person: \"李工\", phone: \"0551-33334444\" } }) { demand { id } userErrors { field message code } } }",
                new { e = enterprise, t = $"锂电池极片缺陷检测 探针{i} {tag}" }, ent, "postDemand", "demand", ct);
        }

        const string expertDoc = "mutation($n: String!) { upsertExpert(input: { name: $n, title: \"教授\", keywords: [\"机器视觉\", \"缺陷检测\"], industry: ARTIFICIAL_INTELLIGENCE, contact: { phone: \"13900001111\", email: \"probe@example.edu.cn\" } }) { expert { id } userErrors { field message code } } }";
        string expert = await IdAsync(expertDoc, new { n = "探针专家 " + tag }, res, "upsertExpert", "expert", ct);
        string secondExpert = await IdAsync(expertDoc, new { n = "探针专家二 " + tag }, res2, "upsertExpert", "expert", ct);
        string achievement = await IdAsync("mutation($t: String!) { publishAchievement(input: { title: $t, abstract: \"极片表面缺陷的在线检测。\", trl: 6, industry: NEW_ENERGY_VEHICLES, ipForm: INVENTION_PATENT, askingPrice: { amount: \"800000.00\" }, cooperationModes: [LICENSE] }) { achievement { id } userErrors { field message code } } }",
            new { t = "基于深度学习的锂电池缺陷检测技术 " + tag }, res, "publishAchievement", "achievement", ct);

        async Task<string> MatchAsync(string demand, string candidate) => await IdAsync(Propose, new { d = demand, c = candidate }, broker, "proposeMatch", "match", ct);
        var matches = new ProbeMatches(
            Contracted: await MatchAsync(demands[0], expert),
            Suggested: await MatchAsync(demands[1], achievement),
            ForeignAdvance: await MatchAsync(demands[1], secondExpert),
            ForeignReject: await MatchAsync(demands[2], achievement),
            RaceDeal: await MatchAsync(demands[2], expert),
            RaceStage: await MatchAsync(demands[3], achievement));
        foreach (string match in new[] { matches.Contracted, matches.RaceDeal })
        {
            for (int i = 0; i < 4; i++)
            {
                await PayloadAsync(Advance, new { m = match }, broker, "advanceMatch", ct);
            }
        }

        string deal = await IdAsync(CreateDealDocument, new { m = matches.Contracted, parties = Parties(tag) }, broker, "createDeal", "deal", ct);
        string key = "probe-pay-" + tag;
        string payment = await IdAsync("mutation($d: ID!, $k: String!) { recordPayment(input: { dealId: $d, amount: { amount: \"" + ProbeWorld.PaymentAmount + "\" }, idempotencyKey: $k }) { payment { id } userErrors { field message code } } }",
            new { d = deal, k = key }, broker, "recordPayment", "payment", ct);
        if (settle is not null)
        {
            await settle(ct);
        }

        string admin = tokens.For(Roles.Admin, "probe-admin-" + tag);
        var cursors = new ProbeCursors(
            DemandsByTitle: FirstCursor(await DataAsync("{ demands(first: 1, orderBy: TITLE_ASC) { edges { cursor } } }", null, null, ct), "demands"),
            Matches: FirstCursor(await DataAsync("{ matches(first: 1) { edges { cursor } } }", null, broker, ct), "matches"),
            Deals: FirstCursor(await DataAsync("{ deals(first: 1) { edges { cursor } } }", null, broker, ct), "deals"),
            Search: FirstCursor(await DataAsync("{ search(text: \"锂电池\", first: 1) { edges { cursor } } }", null, null, ct), "search"));
        return new ProbeWorld(tag, enterprise, creditCode, demands, expert, secondExpert, achievement, matches, deal, payment, key, await LedgerEntryAsync(deal, admin, ct), cursors);
    }

    /// <summary>This run's deal's first ledger entry, else any settled deal's: node(id:) cases need one that exists.</summary>
    private async Task<string?> LedgerEntryAsync(string deal, string admin, CancellationToken ct)
    {
        var own = await DataAsync("query($d: ID!) { deal(id: $d) { ledger(first: 1) { edges { node { id } } } } }", new { d = deal }, admin, ct);
        var any = own.GetProperty("deal").GetProperty("ledger").GetProperty("edges");
        if (any.GetArrayLength() > 0)
        {
            return any[0].GetProperty("node").GetProperty("id").GetString();
        }

        var deals = await DataAsync("{ deals(first: 50) { edges { node { ledger(first: 1) { edges { node { id } } } } } } }", null, admin, ct);
        return deals.GetProperty("deals").GetProperty("edges").EnumerateArray()
            .SelectMany(d => d.GetProperty("node").GetProperty("ledger").GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node").GetProperty("id").GetString())
            .FirstOrDefault();
    }

    private static string FirstCursor(JsonElement data, string field) =>
        data.GetProperty(field).GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).FirstOrDefault()
        ?? throw new InvalidOperationException($"probe set-up found no {field} to take a cursor from");

    /// <summary>createDeal with $m and $parties, the example policy's shares (50/15/20/15).</summary>
    public const string CreateDealDocument = """
        mutation($m: ID!, $parties: [DealPartyInput!]!) {
          createDeal(input: { matchId: $m, contractType: TRANSFER, value: { amount: "1000000.00" }, parties: $parties,
            shares: [{ role: INVENTORS, basisPoints: 5000 }, { role: INSTITUTION, basisPoints: 1500 }, { role: BROKER, basisPoints: 2000 }, { role: PLATFORM, basisPoints: 1500 }] }) {
            deal { id } userErrors { field message code }
          }
        }
        """;

    public static object[] Parties(string tag) =>
    [
        new { role = "INVENTORS", name = "探针课题组", reference = "probe-team-" + tag },
        new { role = "INSTITUTION", name = "探针大学", reference = "probe-inst-" + tag },
        new { role = "BROKER", name = "探针经纪", reference = "probe-broker-" + tag },
        new { role = "PLATFORM", name = "平台", reference = "probe-platform-" + tag },
    ];

    public static string NewCreditCode()
    {
        var first17 = new char[17];
        for (int i = 0; i < first17.Length; i++)
        {
            first17[i] = Core.Domain.CreditCode.Alphabet[Random.Shared.Next(10)];
        }

        return new string(first17) + Core.Domain.CreditCode.CheckCharacter(first17);
    }

    private async Task<string> IdAsync(string query, object variables, string token, string field, string node, CancellationToken ct)
    {
        var payload = await PayloadAsync(query, variables, token, field, ct);
        return payload.GetProperty(node).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> PayloadAsync(string query, object variables, string token, string field, CancellationToken ct)
    {
        var payload = (await DataAsync(query, variables, token, ct)).GetProperty(field);
        if (payload.GetProperty("userErrors").GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"probe set-up failed at {field}: {payload}");
        }

        return payload;
    }

    private async Task<JsonElement> DataAsync(string query, object? variables, string? token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request, ct);
        string text = await response.Content.ReadAsStringAsync(ct);
        var root = JsonDocument.Parse(text).RootElement.Clone();
        if (root.TryGetProperty("errors", out _) || !root.TryGetProperty("data", out var data))
        {
            throw new InvalidOperationException($"probe set-up failed: HTTP {(int)response.StatusCode} {text} for {query}");
        }

        return data;
    }
}
