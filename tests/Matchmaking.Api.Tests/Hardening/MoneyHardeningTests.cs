using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Api.Tests.Ledger;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Hardening;

/// <summary>Money from issue 12: one deal per match under racing createDeal, idempotency keys scoped per deal, payments bounded by the deal's value.</summary>
public abstract class MoneyHardeningTests(LedgerApi api)
{
    private const string CreateDeal = """
        mutation($match: ID!) {
          createDeal(input: { matchId: $match, contractType: TRANSFER, value: { amount: "1000.00" }, parties: [{ role: INVENTORS, name: "张伟课题组", reference: "team" }], shares: [{ role: INVENTORS, basisPoints: 10000 }] }) {
            deal { id } userErrors { field message code }
          }
        }
        """;

    private const string Pay = """
        mutation($deal: ID!, $amount: String!, $key: String!) {
          recordPayment(input: { dealId: $deal, amount: { amount: $amount }, idempotencyKey: $key }) { payment { id amount { amount } } userErrors { field message code } }
        }
        """;

    [Fact]
    public async Task CreateDeal_SixInParallelOnOneMatch_OneDealRestDuplicate()
    {
        // A few rounds: one round may happen not to interleave.
        for (int round = 0; round < 5; round++)
        {
            string broker = "broker-" + Guid.NewGuid().ToString("N")[..8];
            Guid match = await ContractedMatchAsync(broker);

            var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => api.PostAsync(CreateDeal, new { match = GlobalId.Encode("Match", match) }, Token(Roles.Broker, broker))));

            var payloads = results.Select(r => r.Data().GetProperty("createDeal")).ToList();
            Assert.Single(payloads, p => p.GetProperty("deal").ValueKind == JsonValueKind.Object);
            Assert.All(payloads.Where(p => p.GetProperty("deal").ValueKind == JsonValueKind.Null),
                p => Assert.Equal(ErrorCodes.Duplicate, p.GetProperty("userErrors")[0].GetProperty("code").GetString()));
            using var scope = api.Services.CreateScope();
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Deals.CountAsync(d => d.MatchId == match));
        }
    }

    [Fact]
    public async Task RecordPayment_KeyUsedOnAnotherDeal_RecordedAndRevealsNothing()
    {
        string victim = "broker-" + Guid.NewGuid().ToString("N")[..8];
        string prober = "broker-" + Guid.NewGuid().ToString("N")[..8];
        string victimDeal = await DealAsync(victim);
        string proberDeal = await DealAsync(prober);
        string key = "inv-" + Guid.NewGuid().ToString("N");
        var paid = (await api.PostAsync(Pay, new { deal = victimDeal, amount = "777.77", key }, Token(Roles.Broker, victim))).Data().GetProperty("recordPayment");
        Assert.Empty(paid.GetProperty("userErrors").EnumerateArray());

        var probe = (await api.PostAsync(Pay, new { deal = proberDeal, amount = "1.00", key }, Token(Roles.Broker, prober))).Data().GetProperty("recordPayment");

        Assert.Empty(probe.GetProperty("userErrors").EnumerateArray());
        Assert.Equal("1.00", probe.GetProperty("payment").GetProperty("amount").GetProperty("amount").GetString());
        Assert.DoesNotContain("777.77", probe.ToString());
        var replay = (await api.PostAsync(Pay, new { deal = victimDeal, amount = "777.77", key }, Token(Roles.Broker, victim))).Data().GetProperty("recordPayment");
        Assert.Equal(paid.GetProperty("payment").GetProperty("id").GetString(), replay.GetProperty("payment").GetProperty("id").GetString());
    }

    [Fact]
    public async Task RecordPayment_PastTheDealValue_PaymentExceedsDeal()
    {
        string broker = "broker-" + Guid.NewGuid().ToString("N")[..8];
        string deal = await DealAsync(broker);
        string token = Token(Roles.Broker, broker);

        var first = (await api.PostAsync(Pay, new { deal, amount = "600.00", key = "a" }, token)).Data().GetProperty("recordPayment");
        var second = (await api.PostAsync(Pay, new { deal, amount = "400.01", key = "b" }, token)).Data().GetProperty("recordPayment");
        var huge = (await api.PostAsync(Pay, new { deal, amount = "12200000000.00", key = "c" }, token)).Data().GetProperty("recordPayment");
        var rest = (await api.PostAsync(Pay, new { deal, amount = "400.00", key = "d" }, token)).Data().GetProperty("recordPayment");

        Assert.Empty(first.GetProperty("userErrors").EnumerateArray());
        Assert.Equal("PAYMENT_EXCEEDS_DEAL", second.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Equal("amount.amount", second.GetProperty("userErrors")[0].GetProperty("field").GetString());
        Assert.Equal("PAYMENT_EXCEEDS_DEAL", huge.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Empty(rest.GetProperty("userErrors").EnumerateArray());
    }

    [Fact]
    public async Task RecordPayment_SixRacingPastTheDealValue_TotalStaysWithinIt()
    {
        string broker = "broker-" + Guid.NewGuid().ToString("N")[..8];
        string deal = await DealAsync(broker);
        string token = Token(Roles.Broker, broker);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => api.PostAsync(Pay, new { deal, amount = "300.00", key = $"race-{i}" }, token)));

        var payloads = results.Select(r => r.Data().GetProperty("recordPayment")).ToList();
        Assert.Equal(3, payloads.Count(p => p.GetProperty("payment").ValueKind == JsonValueKind.Object));
        Assert.All(payloads.Where(p => p.GetProperty("payment").ValueKind == JsonValueKind.Null),
            p => Assert.Equal("PAYMENT_EXCEEDS_DEAL", p.GetProperty("userErrors")[0].GetProperty("code").GetString()));
    }

    [Fact]
    public async Task RecordPayment_DealOpenedOnAMatchWithoutBroker_OnlyItsOpenerOrAnAdmin()
    {
        string opener = "broker-" + Guid.NewGuid().ToString("N")[..8];
        string deal = await DealOnAsync(await ContractedMatchAsync(broker: null), opener);

        var byOther = await api.PostAsync(Pay, new { deal, amount = "1.00", key = "other" }, Token(Roles.Broker, "broker-other-" + Guid.NewGuid().ToString("N")[..8]));
        var byOpener = (await api.PostAsync(Pay, new { deal, amount = "1.00", key = "opener" }, Token(Roles.Broker, opener))).Data().GetProperty("recordPayment");
        var byAdmin = (await api.PostAsync(Pay, new { deal, amount = "1.00", key = "admin" }, Token(Roles.Admin, "admin-1"))).Data().GetProperty("recordPayment");

        Assert.Equal(ErrorCodes.Forbidden, byOther.Code());
        Assert.Empty(byOpener.GetProperty("userErrors").EnumerateArray());
        Assert.Empty(byAdmin.GetProperty("userErrors").EnumerateArray());
    }

    [Fact]
    public async Task RecordPayment_BrokerOnAForgedDealId_Forbidden()
    {
        string forged = GlobalId.Encode("Deal", Guid.NewGuid());

        var result = await api.PostAsync(Pay, new { deal = forged, amount = "1.00", key = "inv-1" }, Token(Roles.Broker, "broker-" + Guid.NewGuid().ToString("N")[..8]));

        Assert.Equal(ErrorCodes.Forbidden, result.Code());
    }

    private async Task<string> DealAsync(string broker) => await DealOnAsync(await ContractedMatchAsync(broker), broker);

    private async Task<string> DealOnAsync(Guid match, string broker)
    {
        var payload = (await api.PostAsync(CreateDeal, new { match = GlobalId.Encode("Match", match) }, Token(Roles.Broker, broker))).Data().GetProperty("createDeal");
        Assert.Empty(payload.GetProperty("userErrors").EnumerateArray());
        return payload.GetProperty("deal").GetProperty("id").GetString()!;
    }

    private async Task<Guid> ContractedMatchAsync(string? broker)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var enterprise = new Enterprise { Id = Guid.NewGuid(), Name = "合肥锂能科技有限公司", CreditCode = "T" + Guid.NewGuid().ToString("N")[..17], Industry = Industry.NewEnergyVehicles, Region = "合肥" };
        var demand = new Demand { Id = Guid.NewGuid(), EnterpriseId = enterprise.Id, Title = "锂电池极片缺陷检测", Description = "在线视觉检测", Industry = Industry.NewEnergyVehicles, Region = "合肥" };
        var match = new Match { Id = Guid.NewGuid(), DemandId = demand.Id, CandidateKind = CandidateKind.Expert, CandidateId = Guid.NewGuid(), Stage = MatchStage.Contracted, BrokerSubject = broker };
        db.AddRange(enterprise, demand, match);
        await db.SaveChangesAsync();
        return match.Id;
    }

    private string Token(string role, string subject) => api.Services.GetRequiredService<TokenIssuer>().Issue(role, subject);
}

public sealed class MoneyHardeningSqliteTests(LedgerSqliteApi api) : MoneyHardeningTests(api), IClassFixture<LedgerSqliteApi>;

public sealed class MoneyHardeningPostgresTests(LedgerPostgresApi api) : MoneyHardeningTests(api), IClassFixture<LedgerPostgresApi>;
