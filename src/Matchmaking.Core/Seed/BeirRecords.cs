using System.Text.Json.Serialization;

namespace Matchmaking.Core.Seed;

/// <summary>A document line of a BEIR corpus.jsonl.</summary>
public sealed record BeirDocument(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("metadata")] IReadOnlyDictionary<string, string> Metadata);

/// <summary>A query line of a BEIR queries.jsonl.</summary>
public sealed record BeirQuery(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("text")] string Text);
