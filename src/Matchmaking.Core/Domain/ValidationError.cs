namespace Matchmaking.Core.Domain;

/// <summary>One problem with user input: which field, a stable code, and a message for people.</summary>
public sealed record ValidationError(string Field, string Code, string Message);
