using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>What a broker submits to open a deal. Without <paramref name="Shares"/> the default policy applies.</summary>
public sealed record NewDeal(
    Guid MatchId,
    ContractType ContractType,
    decimal Value,
    string Currency,
    IReadOnlyList<PartySpec> Parties,
    IReadOnlyList<ShareSpec>? Shares)
{
    /// <summary>The broker opening the deal: it becomes the deal's broker when the match has none.</summary>
    public string? OpenedBy { get; init; }
}
