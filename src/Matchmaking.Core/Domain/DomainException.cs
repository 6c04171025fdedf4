namespace Matchmaking.Core.Domain;

/// <summary>A failure the caller caused, with a stable SCREAMING_SNAKE code for clients.</summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
