using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>One entry on a payee's statement: positive when credited (owed to the payee), negative when reversed.</summary>
public sealed record StatementLine(long EntryId, DateTimeOffset PostedAt, Guid DealId, Guid PaymentId, PartyRole? Role, decimal Amount, string Currency);
