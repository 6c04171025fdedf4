using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Core.Tests.Ledger;

public sealed class PolicyRulesTests
{
    public static TheoryData<string, ShareSpec[], string> Invalid => new()
    {
        { "sum below", [new(PartyRole.Inventors, 5_000, false), new(PartyRole.Institution, 4_999, false)], ErrorCodes.BasisPointsSum },
        { "sum above", [new(PartyRole.Inventors, 10_001, false)], ErrorCodes.BasisPointsSum },
        { "negative", [new(PartyRole.Inventors, 11_000, false), new(PartyRole.Broker, -1_000, true)], ErrorCodes.NegativeShare },
        { "duplicate role", [new(PartyRole.Inventors, 5_000, false), new(PartyRole.Inventors, 5_000, false)], ErrorCodes.DuplicateRole },
        { "enterprise paid", [new(PartyRole.Enterprise, 10_000, false)], ErrorCodes.InvalidEnum },
        { "empty", [], ErrorCodes.Required },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidShares_Code(string because, ShareSpec[] shares, string code)
    {
        var error = Assert.Throws<ValidationException>(() => PolicyRules.Validate(shares, statutory: false));

        Assert.Contains(error.Errors, e => e.Code == code);
        Assert.False(string.IsNullOrEmpty(because));
    }

    [Fact]
    public void Validate_StatutoryWithInventorsBelowHalfOfNet_StatutoryFloor()
    {
        ShareSpec[] shares = [new(PartyRole.Inventors, 4_000, false), new(PartyRole.Institution, 4_500, false), new(PartyRole.Broker, 1_500, true)];

        var error = Assert.Throws<ValidationException>(() => PolicyRules.Validate(shares, statutory: true));

        Assert.Equal(ErrorCodes.StatutoryFloor, error.Code);
    }

    [Fact]
    public void Default_ThousandsOfRandomPoliciesAndPayments_StatutoryFloorHoldsInMoney()
    {
        var random = new Random(45);
        for (int run = 0; run < 5_000; run++)
        {
            var options = new LedgerOptions
            {
                DefaultBrokerBasisPoints = random.Next(0, 5_001),
                DefaultPlatformBasisPoints = random.Next(0, 5_001),
                DefaultInventorsShareOfNet = random.Next(5_000, 10_001),
            };
            var shares = PolicyRules.Default(options);
            PolicyRules.Validate(shares, statutory: true);
            var policy = new RevenueSharePolicy
            {
                Name = "default",
                Shares = shares.Select(s => new PolicyShare { Role = s.Role, BasisPoints = s.BasisPoints, IsCost = s.IsCost }).ToList(),
            };
            var parties = shares.Select(s => new DealParty { Id = Guid.NewGuid(), Role = s.Role, Name = s.Role.ToString(), Reference = s.Role.ToString() }).ToList();
            var payment = new Payment { Id = Guid.NewGuid(), DealId = Guid.NewGuid(), Amount = random.NextInt64(1, 10_000_000_000) / 100m, IdempotencyKey = "k" };

            var entries = Postings.ForPayment(payment, policy, parties, DateTimeOffset.UnixEpoch);

            var credits = entries.Where(e => e.Side == EntrySide.Credit).ToList();
            decimal costs = credits.Where(e => shares.Single(s => s.Role == e.Role).IsCost).Sum(e => e.Amount);
            decimal inventors = credits.Where(e => e.Role == PartyRole.Inventors).Sum(e => e.Amount);
            Assert.Equal(payment.Amount, credits.Sum(e => e.Amount));
            Assert.All(entries, e => Assert.True(e.Amount > 0));
            Assert.True(2 * inventors >= payment.Amount - costs, $"run {run}: inventors {inventors} of net {payment.Amount - costs}");
        }
    }
}
