using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>A role's share of a policy as a caller asks for it, before validation.</summary>
public sealed record ShareSpec(PartyRole Role, int BasisPoints, bool IsCost);
