namespace Matchmaking.Core.Domain;

/// <summary>How a payment is split by role, in basis points that sum to exactly 10,000.</summary>
public sealed class RevenueSharePolicy
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public List<PolicyShare> Shares { get; set; } = [];

    public DateTimeOffset EffectiveFrom { get; set; }

    /// <summary>
    /// 1 for a deal's first policy, +1 on each change. Policies are never edited: a change is a new row,
    /// so payments recorded earlier keep settling under the version they were recorded with.
    /// </summary>
    public int Version { get; set; } = 1;

    /// <summary>The policy this one replaced, if any.</summary>
    public Guid? PreviousId { get; set; }
}
