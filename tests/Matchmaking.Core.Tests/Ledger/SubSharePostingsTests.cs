using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Core.Tests.Ledger;

/// <summary>Several payees per role: the role's part is split by sub-shares to the cent, the team's total (and its floor) as with one payee.</summary>
public sealed class SubSharePostingsTests
{
    private static readonly RevenueSharePolicy Policy = new()
    {
        Name = "agreed",
        Shares =
        [
            new() { Role = PartyRole.Inventors, BasisPoints = 5_000 },
            new() { Role = PartyRole.Institution, BasisPoints = 3_500 },
            new() { Role = PartyRole.Broker, BasisPoints = 1_000, IsCost = true },
            new() { Role = PartyRole.Platform, BasisPoints = 500, IsCost = true },
        ],
    };

    public static TheoryData<decimal> Amounts => new() { 333_333.33m, 0.07m, 1_000_000.00m, 12_345.67m, 0.01m };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void ForPayment_ThreeInventors503020_PartsSumToTheCentAndTeamTotalAsWithOnePayee(decimal amount)
    {
        var payment = new Payment { Id = Guid.NewGuid(), DealId = Guid.NewGuid(), Amount = amount, Currency = "CNY", IdempotencyKey = "k" };
        DealParty[] inventors = [Party(PartyRole.Inventors, "inv-a", 5_000), Party(PartyRole.Inventors, "inv-b", 3_000), Party(PartyRole.Inventors, "inv-c", 2_000)];
        DealParty[] others = [Party(PartyRole.Institution, "institution:1", null), Party(PartyRole.Broker, "broker", null), Party(PartyRole.Platform, "platform", null)];
        DealParty[] team = [Party(PartyRole.Inventors, "team", null)];

        var split = Postings.ForPayment(payment, Policy, [.. inventors, .. others], DateTimeOffset.UnixEpoch);
        var whole = Postings.ForPayment(payment, Policy, [.. team, .. others], DateTimeOffset.UnixEpoch);

        var credits = split.Where(e => e.Side == EntrySide.Credit).ToList();
        Assert.Equal(amount, credits.Sum(e => e.Amount));
        decimal teamTotal = whole.Where(e => e.Role == PartyRole.Inventors).Sum(e => e.Amount);
        Assert.Equal(teamTotal, credits.Where(e => e.Role == PartyRole.Inventors).Sum(e => e.Amount));
        Assert.True(2 * teamTotal >= amount * 0.85m - 0.01m, "the team keeps at least half of the net income");
        foreach (var (payee, share) in new[] { ("inv-a", 0.5m), ("inv-b", 0.3m), ("inv-c", 0.2m) })
        {
            decimal got = credits.Where(e => e.Payee == payee).Sum(e => e.Amount);
            Assert.True(Math.Abs(got - (teamTotal * share)) < 0.01m, $"{payee} got {got} of {teamTotal}");
        }
    }

    private static DealParty Party(PartyRole role, string reference, int? subShare) =>
        new() { Id = Guid.NewGuid(), Role = role, Name = reference, Reference = reference, SubShareBasisPoints = subShare };
}
