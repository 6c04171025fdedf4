using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQLParser.AST;
using Matchmaking.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>
/// Every ```graphql block of README.md runs against the seeded service, in README order, as the role its
/// "# as: ROLE" line names (a token for subject "role-1"), with the variables of the ```json block after
/// it; "&lt;Op: path&gt;" values come from an earlier operation's result (a number in the path indexes a list),
/// "&lt;this month&gt;" is yyyy-MM.
/// No operation may answer errors or userErrors. tools/codegen reads the README the same way.
/// </summary>
public sealed partial class ReadmeOperationsTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task Readme_EveryOperation_RunsWithoutErrors()
    {
        var blocks = ReadBlocks(File.ReadAllText(Path.Combine(ApiFactory.RepositoryRoot, "README.md")));
        var results = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var failures = new List<string>();
        int operations = 0;
        foreach (var block in blocks)
        {
            string? token = block.Role is null ? null : api.Services.GetRequiredService<TokenIssuer>().Issue(block.Role, block.Role.ToLowerInvariant() + "-1");
            foreach (var operation in GraphQLParser.Parser.Parse(block.Text).Definitions.OfType<GraphQLOperationDefinition>())
            {
                string name = operation.Name?.StringValue ?? throw new InvalidOperationException($"README.md:{block.Line}: an operation without a name");
                var declared = operation.Variables?.Select(v => v.Variable.Name.StringValue).ToHashSet() ?? [];
                var variables = new JsonObject();
                try
                {
                    foreach (var (key, value) in block.Variables.Where(v => declared.Contains(v.Key)))
                    {
                        variables[key] = Resolve(value, results, $"README.md:{block.Line} {name}");
                    }
                }
                catch (InvalidOperationException e)
                {
                    // An earlier failure left nothing to take the value from: reported there, skipped here.
                    failures.Add(e.Message);
                    continue;
                }

                var result = await PostAsync(block.Text, name, variables, token);
                operations++;
                results[name] = JsonNode.Parse(result.GetRawText())?["data"];
                var userErrors = UserErrors(result).ToList();
                if (result.TryGetProperty("errors", out var errors) || userErrors.Count > 0)
                {
                    failures.Add($"README.md:{block.Line} {name} as {block.Role ?? "anyone"}: {(userErrors.Count > 0 ? userErrors[0] : errors)}");
                }
            }
        }

        Assert.True(operations >= 10, $"only {operations} README operations found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<JsonElement> PostAsync(string query, string operationName, JsonObject variables, string? token)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query, ["operationName"] = operationName, ["variables"] = variables }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Every non-empty userErrors array in the data.</summary>
    private static IEnumerable<JsonElement> UserErrors(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "userErrors" && p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0 ? [p.Value] : UserErrors(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(UserErrors),
        _ => [],
    };

    private static JsonNode? Resolve(JsonNode? value, Dictionary<string, JsonNode?> results, string where)
    {
        if (value is not JsonValue leaf || !leaf.TryGetValue(out string? text) || Placeholder().Match(text) is not { Success: true } m)
        {
            return value?.DeepClone();
        }

        if (m.Groups["month"].Success)
        {
            return DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }

        string op = m.Groups["op"].Value;
        JsonNode? node = results.TryGetValue(op, out var data) ? data : throw new InvalidOperationException($"{where}: {text} names an operation that has not run before it");
        foreach (string step in m.Groups["path"].Value.Split('.'))
        {
            // A number steps into a list (edges.0.node.id), a name into an object.
            node = node is JsonArray list && int.TryParse(step, System.Globalization.CultureInfo.InvariantCulture, out int i) ? (i < list.Count ? list[i] : null) : node?[step];
        }

        return node?.DeepClone() ?? throw new InvalidOperationException($"{where}: {text} is null in {op}'s result");
    }

    private static List<Block> ReadBlocks(string readme)
    {
        var fences = Fence().Matches(readme).ToList();
        var blocks = new List<Block>();
        for (int i = 0; i < fences.Count; i++)
        {
            if (fences[i].Groups["lang"].Value != "graphql")
            {
                continue;
            }

            string body = fences[i].Groups["body"].Value;
            var next = i + 1 < fences.Count ? fences[i + 1] : null;
            bool json = next is not null && next.Groups["lang"].Value == "json"
                && readme[(fences[i].Index + fences[i].Length)..next.Index].Trim().Length == 0;
            var variables = json ? JsonNode.Parse(next!.Groups["body"].Value)!.AsObject() : new JsonObject();
            string? role = Role().Match(body) is { Success: true } r && r.Groups[1].Value != "anyone" ? r.Groups[1].Value : null;
            int line = readme[..fences[i].Index].Count(c => c == '\n') + 1;
            blocks.Add(new Block(line, body, role, variables.ToDictionary(p => p.Key, p => p.Value)));
        }

        return blocks;
    }

    private sealed record Block(int Line, string Text, string? Role, Dictionary<string, JsonNode?> Variables);

    [GeneratedRegex(@"^```(?<lang>\w*)\n(?<body>[\s\S]*?)^```[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^# as: (\w+)", RegexOptions.Multiline)]
    private static partial Regex Role();

    [GeneratedRegex(@"^<(?:(?<month>this month)|(?<op>\w+): (?<path>[\w.]+))>$")]
    private static partial Regex Placeholder();
}
