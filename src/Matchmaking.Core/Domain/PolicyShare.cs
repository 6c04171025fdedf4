namespace Matchmaking.Core.Domain;

/// <summary>One role's share of a policy.</summary>
public sealed class PolicyShare
{
    public Guid Id { get; set; }

    public Guid PolicyId { get; set; }

    public PartyRole Role { get; set; }

    /// <summary>Share in basis points (1/10,000).</summary>
    public int BasisPoints { get; set; }

    /// <summary>
    /// A declared cost (broker's or platform's fee, tax): subtracted from the payment to give the net income
    /// on which the statutory inventors' floor is measured.
    /// </summary>
    public bool IsCost { get; set; }
}
