using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>
/// A party of a new deal. A user (<paramref name="Subject"/>) or an institution record (<paramref name="InstitutionId"/>);
/// <paramref name="Reference"/> is the older free-text payee key. <paramref name="SubShareBasisPoints"/> is its part of
/// its role's share when the role has several payees.
/// </summary>
public sealed record PartySpec(PartyRole Role, string Name, string? Reference, string? Subject = null, Guid? InstitutionId = null, int? SubShareBasisPoints = null);
