using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>What makes a revenue-share policy valid, and the statutory default for transfers and licences.</summary>
public static class PolicyRules
{
    public const int TotalBasisPoints = 10_000;

    /// <summary>Art. 45 促进科技成果转化法: without an agreement, at least half of the net income goes to the team.</summary>
    public const int StatutoryInventorsShareOfNet = 5_000;

    /// <summary>
    /// The order in which roles receive leftover cents on ties. Inventors come first, so that under a policy
    /// that gives them at least as many basis points as the institution they never receive less.
    /// </summary>
    public static int Priority(PartyRole role) => role switch
    {
        PartyRole.Inventors => 0,
        PartyRole.Institution => 1,
        PartyRole.ServiceProvider => 2,
        PartyRole.Broker => 3,
        PartyRole.Platform => 4,
        PartyRole.Tax => 5,
        _ => 6,
    };

    /// <summary>Throws a <see cref="ValidationException"/> listing every problem with <paramref name="shares"/>.</summary>
    public static void Validate(IReadOnlyCollection<ShareSpec> shares, bool statutory)
    {
        var checks = new Checks();
        if (shares.Count == 0)
        {
            checks.Add("shares", ErrorCodes.Required, "a policy needs at least one share.");
        }

        foreach (var share in shares.Where(s => s.BasisPoints < 0))
        {
            checks.Add("shares", ErrorCodes.NegativeShare, $"{WireNames.Of(share.Role)} has {share.BasisPoints} basis points; shares cannot be negative.");
        }

        foreach (var share in shares.Where(s => !Enum.IsDefined(s.Role) || s.Role == PartyRole.Enterprise))
        {
            checks.Add("shares", ErrorCodes.InvalidEnum, $"{WireNames.Of(share.Role)} cannot receive a share: the enterprise is the payer.");
        }

        foreach (var role in shares.GroupBy(s => s.Role).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            checks.Add("shares", ErrorCodes.DuplicateRole, $"{WireNames.Of(role)} appears more than once.");
        }

        long sum = shares.Sum(s => (long)s.BasisPoints);
        if (shares.Count > 0 && sum != TotalBasisPoints)
        {
            checks.Add("shares", ErrorCodes.BasisPointsSum, $"shares sum to {sum} basis points; they must sum to exactly {TotalBasisPoints}.");
        }

        if (statutory && checks.Errors.Count == 0 && !MeetsStatutoryFloor(shares))
        {
            checks.Add("shares", ErrorCodes.StatutoryFloor, "the inventors must receive at least half of the net income (payment minus declared costs).");
        }

        checks.ThrowIfAny();
    }

    /// <summary>
    /// The floor in basis points, and in money whatever the rounding: the inventors hold at least half of the
    /// non-cost basis points and at least as many as any other non-cost role (who then rounds no higher).
    /// </summary>
    public static bool MeetsStatutoryFloor(IReadOnlyCollection<ShareSpec> shares)
    {
        int net = shares.Where(s => !s.IsCost).Sum(s => s.BasisPoints);
        int inventors = shares.Where(s => s.Role == PartyRole.Inventors && !s.IsCost).Sum(s => s.BasisPoints);
        var others = shares.Where(s => !s.IsCost && s.Role != PartyRole.Inventors).ToList();
        return net == 0 || (2L * inventors >= net && others.Count <= 1 && others.All(o => o.BasisPoints <= inventors));
    }

    /// <summary>
    /// The default policy: broker and platform fees as declared costs, the net split between the team and its
    /// institution with the team's share at least the statutory half.
    /// </summary>
    public static IReadOnlyList<ShareSpec> Default(LedgerOptions options)
    {
        int costs = options.DefaultBrokerBasisPoints + options.DefaultPlatformBasisPoints;
        int net = TotalBasisPoints - costs;
        int inventorsShare = Math.Max(options.DefaultInventorsShareOfNet, StatutoryInventorsShareOfNet);

        // Rounded up, so the team's basis points never fall under the share of the net it is due.
        int inventors = (int)(((long)net * inventorsShare + TotalBasisPoints - 1) / TotalBasisPoints);
        var shares = new List<ShareSpec>
        {
            new(PartyRole.Inventors, inventors, IsCost: false),
            new(PartyRole.Institution, net - inventors, IsCost: false),
            new(PartyRole.Broker, options.DefaultBrokerBasisPoints, IsCost: true),
            new(PartyRole.Platform, options.DefaultPlatformBasisPoints, IsCost: true),
        };
        return shares.Where(s => s.BasisPoints > 0).ToList();
    }

    /// <summary>The contract types for which the statutory default applies.</summary>
    public static bool IsStatutory(ContractType type) => type is ContractType.Transfer or ContractType.License;
}
