namespace Matchmaking.Api.GraphQL.Types;

/// <summary>An amount with its currency; decimal end to end, a string on the wire.</summary>
public sealed record Money(decimal Amount, string Currency)
{
    public const string Cny = "CNY";

    public static Money? InCny(decimal? amount) => amount is { } a ? new Money(a, Cny) : null;
}
