using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>A party of a new deal. <paramref name="Reference"/> is the payee's subject (user id) or listing id.</summary>
public sealed record PartySpec(PartyRole Role, string Name, string? Reference);
