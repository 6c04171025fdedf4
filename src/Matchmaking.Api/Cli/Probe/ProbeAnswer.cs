using System.Text.Json;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>One HTTP answer reduced to what a case is judged on: the status and every error code in it.</summary>
public sealed record ProbeAnswer(int Status, IReadOnlyList<string> Codes, string? Failure)
{
    public const string Internal = "INTERNAL";

    /// <summary>The body was not JSON (an HTML page, an empty 404).</summary>
    public bool NotJson { get; init; }

    public bool Hang => Failure == "timeout";

    public bool IsInternal => Codes.Contains(Internal) || (Status >= 500 && Status != 503) || (Failure is not null && !Hang);

    public bool IsSuccess => Failure is null && Status == 200 && Codes.Count == 0 && !NotJson;

    public static ProbeAnswer FromBody(int status, byte[] body)
    {
        var codes = new List<string>();
        try
        {
            using var json = JsonDocument.Parse(body);
            Collect(json.RootElement, codes);
            return new ProbeAnswer(status, codes, null);
        }
        catch (JsonException)
        {
            // Not JSON (GraphiQL's page, a plain 404): the status alone says what it was.
            return new ProbeAnswer(status, [], null) { NotJson = true };
        }
    }

    public override string ToString() => Failure ?? $"{Status}{(NotJson ? " (not JSON)" : "")}{(Codes.Count > 0 ? " " + string.Join(",", Codes.Distinct()) : "")}";

    /// <summary>Codes of top-level errors (extensions.code) and of any userErrors list, anywhere in the answer.</summary>
    private static void Collect(JsonElement e, List<string> codes)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Collect(item, codes);
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
                codes.AddRange(property.Value.EnumerateArray()
                    .Select(u => u.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString()! : "(no code)"));
            }
            else
            {
                Collect(property.Value, codes);
            }
        }
    }
}
