using System.Text.Json;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>A match keeps the pipeline's explanation as JSON; the API serves it typed, like search's.</summary>
internal static class StoredExplanation
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The explanation, or null when the match has none (an empty object, or text from before the typed form).</summary>
    public static Explanation? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json.Trim() == "{}")
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Explanation>(json, Options) is { Signals: not null, MatchedTerms: not null, Constraints: not null } e ? e : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Serialize(Explanation explanation) => JsonSerializer.Serialize(explanation, Options);
}
