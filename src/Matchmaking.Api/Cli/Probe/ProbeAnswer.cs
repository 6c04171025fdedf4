using System.Text.Json;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>
/// One HTTP answer reduced to what a case is judged on: the status, every error code in it, the input
/// path of every userError, and the data.
/// </summary>
public sealed record ProbeAnswer(int Status, IReadOnlyList<string> Codes, string? Failure)
{
    public const string Internal = "INTERNAL";

    /// <summary>Each userError as "CODE at field.path" (the field as the answer gave it, "null" when absent).</summary>
    public IReadOnlyList<string> UserErrorFields { get; init; } = [];

    /// <summary>The answer's `data`, when it has one.</summary>
    public JsonElement? Data { get; init; }

    /// <summary>The body was not JSON (an HTML page, an empty 404).</summary>
    public bool NotJson { get; init; }

    public bool Hang => Failure == "timeout";

    public bool IsInternal => Codes.Contains(Internal) || (Status >= 500 && Status != 503) || (Failure is not null && !Hang);

    public bool IsSuccess => Failure is null && Status == 200 && Codes.Count == 0 && !NotJson;

    public static ProbeAnswer FromBody(int status, byte[] body)
    {
        var codes = new List<string>();
        var fields = new List<string>();
        try
        {
            using var json = JsonDocument.Parse(body);
            Collect(json.RootElement, codes, fields);
            return new ProbeAnswer(status, codes, null)
            {
                UserErrorFields = fields,
                Data = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("data", out var data) ? data.Clone() : null,
            };
        }
        catch (JsonException)
        {
            // Not JSON (GraphiQL's page, a plain 404): the status alone says what it was.
            return new ProbeAnswer(status, [], null) { NotJson = true };
        }
    }

    public override string ToString() => Failure ?? $"{Status}{(NotJson ? " (not JSON)" : "")}{(Codes.Count > 0 ? " " + string.Join(",", Codes.Distinct()) : "")}{(UserErrorFields.Count > 0 ? " [" + string.Join(", ", UserErrorFields.Distinct()) + "]" : "")}";

    /// <summary>Codes of top-level errors (extensions.code) and of any userErrors list, anywhere in the answer.</summary>
    private static void Collect(JsonElement e, List<string> codes, List<string> fields)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Collect(item, codes, fields);
            }

            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in e.EnumerateObject())
        {
            if (property.Name == "errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    codes.Add(error.TryGetProperty("extensions", out var ext) && ext.ValueKind == JsonValueKind.Object && ext.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                        ? code.GetString()!
                        : "(no code)");
                }
            }
            else if (property.Name == "userErrors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var u in property.Value.EnumerateArray())
                {
                    string code = u.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "(no code)";
                    codes.Add(code);
                    fields.Add($"{code} at {(u.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : "null")}");
                }
            }
            else
            {
                Collect(property.Value, codes, fields);
            }
        }
    }
}
