using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Ai;

/// <summary>
/// An OpenAI-compatible chat endpoint. All three empty (the default) = offline: the kernel functions
/// fall back to the project's own analysis and nothing leaves the machine.
/// </summary>
public sealed class ChatModelOptions : IValidatableObject
{
    public const string Section = "Ai:Chat";

    /// <summary>Base URL, e.g. https://host/v1 (the client appends /chat/completions).</summary>
    public string Endpoint { get; set; } = "";

    public string ApiKey { get; set; } = "";

    public string Model { get; set; } = "";

    public bool IsEnabled => Endpoint.Length > 0 && Model.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint.Length > 0 && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Endpoint must be an absolute URL", [nameof(Endpoint)]);
        }

        if (Endpoint.Length > 0 != Model.Length > 0)
        {
            yield return new ValidationResult("Endpoint and Model are set together", [nameof(Endpoint), nameof(Model)]);
        }
    }
}
