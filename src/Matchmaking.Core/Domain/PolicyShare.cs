namespace Matchmaking.Core.Domain;

public sealed class PolicyShare
{
    public Guid Id { get; set; }

    public Guid PolicyId { get; set; }

    public PartyRole Role { get; set; }

    /// <summary>Share in basis points (1/10,000).</summary>
    public int BasisPoints { get; set; }
}
