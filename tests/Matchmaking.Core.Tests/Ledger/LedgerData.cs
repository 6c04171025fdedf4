using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Tests.Domain;
using Matchmaking.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Tests.Ledger;

/// <summary>Builds the data a ledger test needs: a contracted match, a deal, and the services over a context.</summary>
internal static class LedgerData
{
    /// <summary>The example: 5,000 / 1,500 / 2,000 / 1,500 basis points.</summary>
    public static readonly ShareSpec[] ExamplePolicy =
    [
        new(PartyRole.Inventors, 5_000, IsCost: false),
        new(PartyRole.Institution, 1_500, IsCost: false),
        new(PartyRole.Broker, 2_000, IsCost: true),
        new(PartyRole.Platform, 1_500, IsCost: true),
    ];

    public static readonly PartySpec[] Parties =
    [
        new(PartyRole.Enterprise, "合肥锂能科技有限公司", "ent-1"),
        new(PartyRole.Inventors, "张伟课题组", "team-1"),
        new(PartyRole.Institution, "中国科学技术大学", "inst-1"),
        new(PartyRole.Broker, "王经纪", "broker-1"),
        new(PartyRole.Platform, "平台", "platform"),
    ];

    public static IOptions<LedgerOptions> Options(LedgerOptions? options = null) => Microsoft.Extensions.Options.Options.Create(options ?? new LedgerOptions());

    /// <summary>A demand with a match at stage contracted, brokered by broker-1.</summary>
    public static async Task<Guid> ContractedMatchAsync(TestDatabase database, int candidate = 0)
    {
        await using var db = database.CreateContext();
        var enterprise = new Enterprise { Id = Guid.NewGuid(), Name = "合肥锂能科技有限公司", CreditCode = "T" + Guid.NewGuid().ToString("N")[..17].ToUpperInvariant(), Industry = Industry.NewEnergyVehicles, Region = "合肥" };
        var demand = ListingValidatorTests.ValidDemand();
        demand.Id = Guid.NewGuid();
        demand.EnterpriseId = enterprise.Id;
        var match = new Match
        {
            Id = Guid.NewGuid(),
            DemandId = demand.Id,
            CandidateKind = CandidateKind.Achievement,
            CandidateId = new Guid(candidate, 0, 0, new byte[8]),
            Stage = MatchStage.Contracted,
            BrokerSubject = "broker-1",
        };
        db.AddRange(enterprise, demand, match);
        await db.SaveChangesAsync();
        return match.Id;
    }

    public static async Task<Deal> DealAsync(TestDatabase database, decimal value, IReadOnlyList<ShareSpec>? shares, TimeProvider? clock = null)
    {
        Guid matchId = await ContractedMatchAsync(database);
        await using var db = database.CreateContext();
        return await new DealService(db, clock ?? TimeProvider.System, Options()).CreateAsync(
            new NewDeal(matchId, ContractType.Transfer, value, "CNY", Parties, shares), default);
    }

    public static async Task<Payment> PayAsync(TestDatabase database, Guid dealId, decimal amount, string key, TimeProvider? clock = null)
    {
        await using var db = database.CreateContext();
        return await new PaymentService(db, clock ?? TimeProvider.System).RecordAsync(dealId, amount, "CNY", key, default);
    }

    public static async Task<Payment> RefundAsync(TestDatabase database, Guid paymentId, decimal amount, string key, TimeProvider? clock = null)
    {
        await using var db = database.CreateContext();
        return await new PaymentService(db, clock ?? TimeProvider.System).RefundAsync(paymentId, amount, PaymentKind.Refund, key, default);
    }

    public static SettlementService Settlement(MatchmakingDbContext db, TimeProvider? clock = null) =>
        new(db, clock ?? TimeProvider.System, Options(), NullLogger<SettlementService>.Instance);

    public static async Task<SettlementSummary> SettleAsync(TestDatabase database, TimeProvider? clock = null)
    {
        await using var db = database.CreateContext();
        return await Settlement(db, clock).RunAsync(default);
    }

    public static async Task<ReconciliationRun> ReconcileAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await new ReconciliationService(db, TimeProvider.System, NullLogger<ReconciliationService>.Instance).RunAsync(default);
    }
}
