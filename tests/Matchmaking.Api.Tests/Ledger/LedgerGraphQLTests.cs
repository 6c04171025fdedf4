using System.Globalization;
using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Ledger;

/// <summary>Deals, payments, ledger and statements through GraphQL over HTTP, on each storage provider.</summary>
public abstract class LedgerGraphQLTests(LedgerApi api)
{
    private const string CreateDeal = """
        mutation($match: ID!, $parties: [DealPartyInput!]!, $shares: [PolicyShareInput!]) {
          createDeal(input: { matchId: $match, contractType: TRANSFER, value: { amount: "1000000.00" }, parties: $parties, shares: $shares }) {
            deal { id value { amount currency } policy { version shares { role basisPoints } } }
            userErrors { field message code }
          }
        }
        """;

    private const string Pay = """
        mutation($deal: ID!, $amount: String!, $key: String!) {
          recordPayment(input: { dealId: $deal, amount: { amount: $amount }, idempotencyKey: $key }) { payment { id receivedAt amount { amount } } userErrors { field message code } }
        }
        """;

    private const string DealLedger = "query($id: ID!) { deal(id: $id) { paid { amount } payments { edges { node { settled } } } ledger(first: 100) { totalCount edges { node { side role payee amount { amount currency } } } } } }";

    private const string StatementQuery = "query($p: String!, $m: String!) { statement(payee: $p, period: $m) { opening { amount } closing { amount } credits { amount } lines { edges { node { id amount { amount } } } } } }";

    [Fact]
    public async Task Deal_MillionPaidInThreeParts_LedgerAndStatementsSumExactly()
    {
        string tag = "-" + Guid.NewGuid().ToString("N")[..8];
        string dealId = await CreateExampleDealAsync(tag);
        string broker = Token(Roles.Broker, "broker-1");
        string[] amounts = ["333333.33", "333333.33", "333333.34"];
        for (int i = 0; i < amounts.Length; i++)
        {
            var paid = Data(await api.PostAsync(Pay, new { deal = dealId, amount = amounts[i], key = $"invoice-{i}" }, broker)).GetProperty("recordPayment");
            Assert.Empty(paid.GetProperty("userErrors").EnumerateArray());
        }

        await SettleAsync();

        var deal = Data(await api.PostAsync(DealLedger, new { id = dealId }, Token(Roles.Researcher, "team-1" + tag))).GetProperty("deal");
        Assert.Equal("1000000.00", deal.GetProperty("paid").GetProperty("amount").GetString());
        Assert.All(Nodes(deal.GetProperty("payments")), p => Assert.True(p.GetProperty("settled").GetBoolean()));
        var credits = Nodes(deal.GetProperty("ledger")).Where(e => e.GetProperty("side").GetString() == "CREDIT")
            .GroupBy(e => e.GetProperty("payee").GetString()!).ToDictionary(g => g.Key, g => g.Sum(e => Money(e.GetProperty("amount"))));
        Assert.Equal(1_000_000.00m, credits.Values.Sum());
        var exact = new Dictionary<string, decimal> { ["team-1" + tag] = 500_000m, ["inst-1" + tag] = 150_000m, ["broker-pay" + tag] = 200_000m, ["platform" + tag] = 150_000m };
        Assert.All(exact, pair => Assert.InRange(credits[pair.Key], pair.Value - 0.01m, pair.Value + 0.01m));

        string month = DateTimeOffset.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        decimal closings = 0;
        foreach (string payee in exact.Keys)
        {
            var statement = Data(await api.PostAsync(StatementQuery, new { p = payee, m = month }, Token(Roles.Admin, "admin-1"))).GetProperty("statement");
            Assert.Equal(credits[payee], Money(statement.GetProperty("closing")));
            closings += Money(statement.GetProperty("closing")) - Money(statement.GetProperty("opening"));
        }

        Assert.Equal(1_000_000.00m, closings);
        var reconciliation = Data(await api.PostAsync("{ reconciliation { ok failureCount } }", null, Token(Roles.Admin, "admin-1"))).GetProperty("reconciliation");
        Assert.True(reconciliation.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task RecordPayment_ReusedKeyOrBadAmount_UserErrorCodes()
    {
        string dealId = await CreateExampleDealAsync();
        string broker = Token(Roles.Broker, "broker-1");
        string key = "key-" + Guid.NewGuid().ToString("N");
        var first = Data(await api.PostAsync(Pay, new { deal = dealId, amount = "100.00", key }, broker)).GetProperty("recordPayment");
        var again = Data(await api.PostAsync(Pay, new { deal = dealId, amount = "100.00", key }, broker)).GetProperty("recordPayment");
        var other = Data(await api.PostAsync(Pay, new { deal = dealId, amount = "100.01", key }, broker)).GetProperty("recordPayment");
        var negative = Data(await api.PostAsync(Pay, new { deal = dealId, amount = "-5.00", key = key + "-n" }, broker)).GetProperty("recordPayment");

        Assert.Equal(first.GetProperty("payment").GetProperty("id").GetString(), again.GetProperty("payment").GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("payment").GetProperty("receivedAt").GetString(), again.GetProperty("payment").GetProperty("receivedAt").GetString());
        Assert.Equal("IDEMPOTENCY_CONFLICT", other.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Equal("NEGATIVE_AMOUNT", negative.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Equal("amount.amount", negative.GetProperty("userErrors")[0].GetProperty("field").GetString());
        Assert.Equal("idempotencyKey", other.GetProperty("userErrors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task ChangePolicy_NewVersion_EarlierPaymentsKeepTheirs()
    {
        string dealId = await CreateExampleDealAsync("-" + Guid.NewGuid().ToString("N")[..8]);
        string broker = Token(Roles.Broker, "broker-1");
        const string Change = """
            mutation($deal: ID!, $shares: [PolicyShareInput!]!) {
              changePolicy(input: { dealId: $deal, shares: $shares }) { deal { policy { version shares { role basisPoints } } } userErrors { field code } }
            }
            """;
        var shares = new object[]
        {
            new { role = "INVENTORS", basisPoints = 6_000 },
            new { role = "INSTITUTION", basisPoints = 1_000 },
            new { role = "BROKER", basisPoints = 1_500 },
            new { role = "PLATFORM", basisPoints = 1_500 },
        };
        var before = Data(await api.PostAsync(Pay, new { deal = dealId, amount = "100.00", key = "v1" }, broker)).GetProperty("recordPayment").GetProperty("payment");

        var outsider = await api.PostAsync(Change, new { deal = dealId, shares }, Token(Roles.Broker, "another-broker"));
        var bad = Data(await api.PostAsync(Change, new { deal = dealId, shares = shares.Take(3).ToArray() }, broker)).GetProperty("changePolicy");
        var changed = Data(await api.PostAsync(Change, new { deal = dealId, shares }, broker)).GetProperty("changePolicy");
        var after = Data(await api.PostAsync(Pay, new { deal = dealId, amount = "100.00", key = "v2" }, broker)).GetProperty("recordPayment").GetProperty("payment");

        Assert.Equal("FORBIDDEN", Code(outsider));
        Assert.Equal(("BASIS_POINTS_SUM", "shares"), (bad.GetProperty("userErrors")[0].GetProperty("code").GetString(), bad.GetProperty("userErrors")[0].GetProperty("field").GetString()));
        Assert.Equal(2, changed.GetProperty("deal").GetProperty("policy").GetProperty("version").GetInt32());
        var versions = Nodes(Data(await api.PostAsync("query($id: ID!) { deal(id: $id) { payments { edges { node { id policyVersion } } } } }", new { id = dealId }, broker)).GetProperty("deal").GetProperty("payments"))
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("policyVersion").GetInt32());
        Assert.Equal(1, versions[before.GetProperty("id").GetString()!]);
        Assert.Equal(2, versions[after.GetProperty("id").GetString()!]);
    }

    [Fact]
    public async Task Deal_Payment_LedgerEntry_StatementLine_AreNodes_WithObjectReferences()
    {
        string tag = "-" + Guid.NewGuid().ToString("N")[..8];
        string dealId = await CreateExampleDealAsync(tag);
        string admin = Token(Roles.Admin, "admin-1");
        var payment = Data(await api.PostAsync(Pay, new { deal = dealId, amount = "100.00", key = "node-" + tag }, Token(Roles.Broker, "broker-1"))).GetProperty("recordPayment").GetProperty("payment");
        await SettleAsync();
        string entryId = Nodes(Data(await api.PostAsync("query($id: ID!) { deal(id: $id) { ledger { edges { node { id } } } } }", new { id = dealId }, admin)).GetProperty("deal").GetProperty("ledger")).First().GetProperty("id").GetString()!;
        string month = DateTimeOffset.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string lineId = Nodes(Data(await api.PostAsync(StatementQuery, new { p = "team-1" + tag, m = month }, admin)).GetProperty("statement").GetProperty("lines")).First().GetProperty("id").GetString()!;

        const string Node = """
            query($id: ID!) { node(id: $id) { id __typename
              ... on Deal { match { id stage } value { amount } }
              ... on Payment { deal { id } amount { amount } }
              ... on LedgerEntry { payment { id } }
              ... on StatementLine { deal { id } payment { id } } } }
            """;
        foreach (string id in new[] { dealId, payment.GetProperty("id").GetString()!, entryId, lineId })
        {
            var node = Data(await api.PostAsync(Node, new { id }, admin)).GetProperty("node");
            Assert.Equal(id, node.GetProperty("id").GetString());
        }

        var deal = Data(await api.PostAsync(Node, new { id = dealId }, admin)).GetProperty("node");
        Assert.Equal("CONTRACTED", deal.GetProperty("match").GetProperty("stage").GetString());
        var outsider = await api.PostAsync(Node, new { id = dealId }, Token(Roles.Enterprise, "someone-else"));
        Assert.Equal("FORBIDDEN", Code(outsider));
    }

    [Fact]
    public async Task CreateDeal_OnAnUncontractedMatch_MessageInTheApisWords_FieldSet()
    {
        var match = new Match { Id = await ContractedMatchAsync(MatchStage.Shortlisted) };
        var parties = new object[] { new { role = "INVENTORS", name = "课题组", reference = "team-x" } };
        var shares = new object[] { new { role = "INVENTORS", basisPoints = 10_000 } };

        var error = Data(await api.PostAsync(CreateDeal, new { match = GlobalId.Encode("Match", match.Id), parties, shares }, Token(Roles.Broker, "broker-1")))
            .GetProperty("createDeal").GetProperty("userErrors")[0];

        Assert.Equal("MATCH_NOT_CONTRACTED", error.GetProperty("code").GetString());
        Assert.Equal("matchId", error.GetProperty("field").GetString());
        Assert.Contains("SHORTLISTED", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(match.Id.ToString(), error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RefundPayment_Full_ReversingEntriesCancelThePayment()
    {
        string dealId = await CreateExampleDealAsync();
        string broker = Token(Roles.Broker, "broker-1");
        var payment = Data(await api.PostAsync(Pay, new { deal = dealId, amount = "1000.01", key = "pay-" + dealId }, broker)).GetProperty("recordPayment").GetProperty("payment");
        await SettleAsync();

        var refund = Data(await api.PostAsync(
            "mutation($p: ID!) { refundPayment(input: { paymentId: $p, amount: { amount: \"1000.01\" }, idempotencyKey: \"refund-1\" }) { payment { kind refundOf { id } } userErrors { code } } }",
            new { p = payment.GetProperty("id").GetString() }, broker)).GetProperty("refundPayment");
        await SettleAsync();

        Assert.Equal("REFUND", refund.GetProperty("payment").GetProperty("kind").GetString());
        var ledger = Nodes(Data(await api.PostAsync(DealLedger, new { id = dealId }, broker)).GetProperty("deal").GetProperty("ledger")).ToList();
        Assert.Equal(0m, ledger.Where(e => e.GetProperty("payee").ValueKind == JsonValueKind.String)
            .Sum(e => (e.GetProperty("side").GetString() == "CREDIT" ? 1 : -1) * Money(e.GetProperty("amount"))));
        Assert.Contains(ledger, e => e.GetProperty("side").GetString() == "DEBIT" && e.GetProperty("payee").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Deal_OutsiderOrAnonymous_ForbiddenOrUnauthenticated()
    {
        string dealId = await CreateExampleDealAsync();

        var outsider = await api.PostAsync(DealLedger, new { id = dealId }, Token(Roles.Enterprise, "someone-else"));
        var anonymous = await api.PostAsync(DealLedger, new { id = dealId });
        var list = Data(await api.PostAsync("{ deals { totalCount edges { node { id } } } }", null, Token(Roles.Enterprise, "someone-else"))).GetProperty("deals").GetProperty("edges");
        var payAsOutsider = await api.PostAsync(Pay, new { deal = dealId, amount = "1.00", key = "x" }, Token(Roles.Broker, "another-broker"));

        Assert.Equal("FORBIDDEN", Code(outsider));
        Assert.Equal("UNAUTHENTICATED", Code(anonymous));
        Assert.Empty(list.EnumerateArray());
        Assert.Equal("FORBIDDEN", Code(payAsOutsider));
    }

    /// <summary>A deal under the example policy; payee keys end in <paramref name="tag"/> so that statements see only this test's entries.</summary>
    private async Task<string> CreateExampleDealAsync(string tag = "")
    {
        Guid matchId = await ContractedMatchAsync();
        var parties = new object[]
        {
            new { role = "INVENTORS", name = "张伟课题组", reference = "team-1" + tag },
            new { role = "INSTITUTION", name = "中国科学技术大学", reference = "inst-1" + tag },
            new { role = "BROKER", name = "王经纪", reference = "broker-pay" + tag },
            new { role = "PLATFORM", name = "平台", reference = "platform" + tag },
        };
        var shares = new object[]
        {
            new { role = "INVENTORS", basisPoints = 5_000 },
            new { role = "INSTITUTION", basisPoints = 1_500 },
            new { role = "BROKER", basisPoints = 2_000 },
            new { role = "PLATFORM", basisPoints = 1_500 },
        };
        var result = Data(await api.PostAsync(CreateDeal, new { match = GlobalId.Encode("Match", matchId), parties, shares }, Token(Roles.Broker, "broker-1")));
        var payload = result.GetProperty("createDeal");
        Assert.Empty(payload.GetProperty("userErrors").EnumerateArray());
        Assert.Equal("1000000.00", payload.GetProperty("deal").GetProperty("value").GetProperty("amount").GetString());
        return payload.GetProperty("deal").GetProperty("id").GetString()!;
    }

    private async Task<Guid> ContractedMatchAsync(MatchStage stage = MatchStage.Contracted)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var enterprise = new Enterprise { Id = Guid.NewGuid(), Name = "合肥锂能科技有限公司", CreditCode = "T" + Guid.NewGuid().ToString("N")[..17], Industry = Industry.NewEnergyVehicles, Region = "合肥" };
        var demand = new Demand { Id = Guid.NewGuid(), EnterpriseId = enterprise.Id, Title = "锂电池极片缺陷检测", Description = "在线视觉检测", Industry = Industry.NewEnergyVehicles, Region = "合肥" };
        var match = new Match { Id = Guid.NewGuid(), DemandId = demand.Id, CandidateKind = CandidateKind.Expert, CandidateId = Guid.NewGuid(), Stage = stage, BrokerSubject = "broker-1" };
        db.AddRange(enterprise, demand, match);
        await db.SaveChangesAsync();
        return match.Id;
    }

    private async Task SettleAsync()
    {
        using var scope = api.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SettlementService>().RunAsync(default);
        await scope.ServiceProvider.GetRequiredService<ReconciliationService>().RunAsync(default);
    }

    private string Token(string role, string subject) => api.Services.GetRequiredService<TokenIssuer>().Issue(role, subject);

    private static decimal Money(JsonElement money) => decimal.Parse(money.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture);

    private static JsonElement Data(JsonElement result) => GraphQLSliceTests.Data(result);

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) => connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    private static string? Code(JsonElement result) => GraphQLSliceTests.Code(result);
}

public sealed class LedgerGraphQLSqliteTests(LedgerSqliteApi api) : LedgerGraphQLTests(api), IClassFixture<LedgerSqliteApi>;

public sealed class LedgerGraphQLPostgresTests(LedgerPostgresApi api) : LedgerGraphQLTests(api), IClassFixture<LedgerPostgresApi>;
