namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>An amount with its currency; decimal end to end, a string on the wire.</summary>
public sealed record Money(decimal Amount, string Currency);
