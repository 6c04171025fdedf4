using Microsoft.Extensions.AI;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// Whether texts are queries or documents: asymmetric models (bge, e5) want a different prefix for
/// each, so callers say which through <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>.
/// </summary>
public static class EmbeddingInput
{
    public const string Property = "input_type";
    public const string Query = "query";
    public const string Document = "document";

    public static EmbeddingGenerationOptions Queries() => new() { AdditionalProperties = new() { [Property] = Query } };

    public static EmbeddingGenerationOptions Documents() => new() { AdditionalProperties = new() { [Property] = Document } };

    internal static bool IsQuery(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(Property, out object? value) == true && Query.Equals(value as string, StringComparison.OrdinalIgnoreCase);
}
