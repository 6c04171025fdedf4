using System.Text.Json;

namespace Matchmaking.Api.Tests;

internal static class ApiTestExtensions
{
    public static JsonElement Data(this JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    public static string? Code(this JsonElement result) =>
        result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
