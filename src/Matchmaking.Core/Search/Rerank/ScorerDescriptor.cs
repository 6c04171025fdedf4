using System.Text.Json.Serialization;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>ranker.json beside model.onnx: which features the model reads, in which order, and where it came from.</summary>
public sealed record ScorerDescriptor(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("features")] IReadOnlyList<string> Features,
    [property: JsonPropertyName("trainer")] string Trainer,
    [property: JsonPropertyName("trained_on")] IReadOnlyList<string> TrainedOn,
    [property: JsonPropertyName("groups")] int Groups,
    [property: JsonPropertyName("rows")] int Rows)
{
    public const int CurrentVersion = 1;
    public const string FileName = "ranker.json";
    public const string ModelFileName = "model.onnx";
}
