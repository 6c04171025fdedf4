using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Matchmaking.Core.Seed;

/// <summary>The JSON options of every seed file: camelCase, enums as strings, Chinese left unescaped.</summary>
public static class SeedJson
{
    /// <summary>Shared, read-only options for writing and reading seed records.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // Readable Chinese in the committed files; the encoder still escapes HTML-sensitive characters.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            // Navigation properties (Enterprise, Institution) and open budget ends are left out, not written as null.
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Kind is derived from the type and cannot be set, so writing it would only cost bytes.
            IgnoreReadOnlyProperties = true,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
