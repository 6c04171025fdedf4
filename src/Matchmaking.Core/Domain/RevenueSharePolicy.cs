namespace Matchmaking.Core.Domain;

/// <summary>How a payment is split by role, in basis points that sum to exactly 10,000.</summary>
public sealed class RevenueSharePolicy
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public List<PolicyShare> Shares { get; set; } = [];

    public DateTimeOffset EffectiveFrom { get; set; }
}
