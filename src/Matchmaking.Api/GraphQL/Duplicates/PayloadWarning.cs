namespace Matchmaking.Api.GraphQL.Duplicates;

/// <summary>A warning on a payload; <see cref="Listing"/> is the other listing, loaded.</summary>
public sealed record PayloadWarning(string Code, string Message, object? Listing);
