namespace Matchmaking.Core.Domain;

/// <summary>Thrown when a listing fails validation; carries every problem found, not just the first.</summary>
public sealed class ValidationException(IReadOnlyList<ValidationError> errors)
    : DomainException(errors.Count == 1 ? errors[0].Code : ErrorCodes.Validation, Describe(errors))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<ValidationError> errors) =>
        string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"));
}
