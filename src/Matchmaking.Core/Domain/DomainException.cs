namespace Matchmaking.Core.Domain;

/// <summary>
/// A failure the caller caused, with a stable SCREAMING_SNAKE code for clients and, when one input
/// field is at fault, that field's name as the API spells it (e.g. "matchId").
/// </summary>
public class DomainException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
