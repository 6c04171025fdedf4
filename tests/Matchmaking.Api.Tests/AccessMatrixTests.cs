using System.Text.Json;
using Matchmaking.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>Role × field: each root field (and each private field) allowed or refused with the right code, on each provider.</summary>
public abstract class AccessMatrixTests(BareApi api)
{
    [Theory]
    [MemberData(nameof(AccessMatrix.Rows), MemberType = typeof(AccessMatrix))]
    public async Task Field_Role_AllowedOrRefusedWithCode(string field, string role)
    {
        var c = AccessMatrix.Cases.Single(x => x.Name == field);
        string? roleOrNull = role == "ANONYMOUS" ? null : role;
        string expected = c.Expect[Array.IndexOf(AccessMatrix.RolesUnderTest, roleOrNull)];
        var world = await World.CreateAsync(api.Services);

        var result = await api.PostAsync(c.Document(world), token: world.Token(api.Services, roleOrNull));

        string raw = result.ToString();
        var value = Path(result.GetProperty("data"), c.Root);
        if (expected is AccessMatrix.Shown or AccessMatrix.Hidden)
        {
            Assert.False(result.TryGetProperty("errors", out var errors), $"{field} as {role}: {errors}");
            bool shown = expected == AccessMatrix.Shown;
            Assert.Equal(shown, value.GetProperty("contactVisibility").GetProperty("visible").GetBoolean());
            Assert.Equal(shown ? JsonValueKind.Object : JsonValueKind.Null, value.GetProperty("contact").ValueKind);
            if (!shown)
            {
                Assert.DoesNotContain(World.DemandPhone, raw, StringComparison.Ordinal);
                Assert.DoesNotContain(World.ExpertPhone, raw, StringComparison.Ordinal);
            }
        }
        else if (expected == AccessMatrix.Ok)
        {
            Assert.False(result.TryGetProperty("errors", out var errors), $"{field} as {role}: {errors}");
            Assert.NotEqual(JsonValueKind.Null, value.ValueKind);
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("userErrors", out var userErrors))
            {
                Assert.True(userErrors.GetArrayLength() == 0, $"{field} as {role}: {userErrors}");
            }
        }
        else
        {
            Assert.True(result.TryGetProperty("errors", out var errors), $"{field} as {role} should fail with {expected}: {raw}");
            Assert.Equal(expected, errors[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.True(value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined, $"{field} as {role} leaked a value: {raw}");
            Assert.DoesNotContain(World.DemandPhone, raw, StringComparison.Ordinal);
            Assert.DoesNotContain(World.ExpertPhone, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostDemand_OtherEnterpriseOwner_Forbidden()
    {
        var world = await World.CreateAsync(api.Services);
        string stranger = api.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Enterprise, "someone-else");

        var result = await api.PostAsync(AccessMatrix.Cases.Single(x => x.Name == "updateDemand").Document(world), token: stranger);

        Assert.Equal("FORBIDDEN", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_InvalidToken_Unauthenticated()
    {
        var result = await api.PostAsync("{ viewer { subject } }", token: "not.a.token");

        Assert.Equal("UNAUTHENTICATED", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static JsonElement Path(JsonElement data, string path)
    {
        foreach (string part in path.Split('.'))
        {
            if (data.ValueKind != JsonValueKind.Object)
            {
                return default;
            }

            data = data.GetProperty(part);
        }

        return data;
    }
}

public sealed class AccessMatrixSqliteTests(BareSqliteApi api) : AccessMatrixTests(api), IClassFixture<BareSqliteApi>;

public sealed class AccessMatrixPostgresTests(BarePostgresApi api) : AccessMatrixTests(api), IClassFixture<BarePostgresApi>;
