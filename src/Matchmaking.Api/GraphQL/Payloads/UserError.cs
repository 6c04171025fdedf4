namespace Matchmaking.Api.GraphQL.Payloads;

/// <summary>A problem with a mutation's input that the user can fix.</summary>
public sealed record UserError(string? Field, string Message, string Code);
