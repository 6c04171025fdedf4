using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>A mutation's result: the value, or the problems that stopped it.</summary>
public sealed record LedgerPayload<T>(T? Value, IReadOnlyList<ValidationError> UserErrors)
    where T : class;
