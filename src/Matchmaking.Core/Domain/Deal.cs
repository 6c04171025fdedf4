namespace Matchmaking.Core.Domain;

/// <summary>The contract behind a match at stage contracted.</summary>
public sealed class Deal
{
    public Guid Id { get; set; }

    public Guid MatchId { get; set; }

    public ContractType ContractType { get; set; }

    /// <summary>Contract value in <see cref="Currency"/>; decimal, never floating point.</summary>
    public decimal Value { get; set; }

    public string Currency { get; set; } = "CNY";

    /// <summary>The policy applied to payments recorded from now on; each payment keeps the one it was recorded under.</summary>
    public Guid PolicyId { get; set; }

    /// <summary>The broker's subject, copied from the match so that visibility needs no join.</summary>
    public string? BrokerSubject { get; set; }

    public List<DealParty> Parties { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
