namespace Matchmaking.Api.GraphQL.Payloads;

/// <summary>What every mutation returns: the changed object, or the user errors that stopped it.</summary>
public sealed record Payload(object? Value, IReadOnlyList<UserError> UserErrors)
{
    public static Payload Ok(object? value) => new(value, []);
}
