using System.Text.Json;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Tests.Contract;

/// <summary>One error type: userErrors name the input path at fault and speak the API's words.</summary>
public abstract class UserErrorContractTests(BareApi api)
{
    [Fact]
    public async Task ProposeMatch_BadDemandId_InvalidIdOnThatField()
    {
        var w = await World.CreateAsync(api.Services);

        var error = await FirstErrorAsync("proposeMatch", $$"""mutation { proposeMatch(input: { demandId: "garbage", candidateId: "{{w.Achievement}}" }) { match { id } userErrors { field message code } } }""", w.Token(api.Services, Roles.Broker));

        Assert.Equal(("INVALID_ID", "demandId"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task ProposeMatch_SamePairTwice_DuplicateOnTheCandidate()
    {
        var w = await World.CreateAsync(api.Services);
        string doc = $$"""mutation { proposeMatch(input: { demandId: "{{w.Demand}}", candidateId: "{{w.Achievement}}" }) { match { id } userErrors { field message code } } }""";
        await api.PostAsync(doc, token: w.Token(api.Services, Roles.Broker));

        var error = await FirstErrorAsync("proposeMatch", doc, w.Token(api.Services, Roles.Broker));

        Assert.Equal(("DUPLICATE", "candidateId"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task AdvanceMatch_SkippingAStage_MessageSpellsStagesAsTheSchema()
    {
        var w = await World.CreateAsync(api.Services);

        var error = await FirstErrorAsync("advanceMatch", $$"""mutation { advanceMatch(input: { matchId: "{{w.Match}}", to: CLOSED }) { match { id } userErrors { field message code } } }""", w.Token(api.Services, Roles.Broker));

        string message = error.GetProperty("message").GetString()!;
        Assert.Equal("to", error.GetProperty("field").GetString());
        Assert.Contains("SUGGESTED", message, StringComparison.Ordinal);
        Assert.Contains("CLOSED", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Suggested", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ amount: "1.234" }""", "BAD_USER_INPUT", "budgetMin.amount")]
    [InlineData("""{ amount: "cheap" }""", "BAD_USER_INPUT", "budgetMin.amount")]
    [InlineData("""{ amount: "-1" }""", "NEGATIVE_AMOUNT", "budgetMin.amount")]
    [InlineData("""{ amount: "100", currency: "USD" }""", "CURRENCY_UNSUPPORTED", "budgetMin.currency")]
    public async Task PostDemand_BadMoneyInput_CodeOnTheNestedField(string money, string code, string field)
    {
        var w = await World.CreateAsync(api.Services);

        var error = await FirstErrorAsync("postDemand", $$"""mutation { postDemand(input: { enterpriseId: "{{w.Enterprise}}", title: "需求", description: "描述", budgetMin: {{money}} }) { demand { id } userErrors { field message code } } }""", w.Token(api.Services, Roles.Enterprise));

        Assert.Equal((code, field), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task UpdateDemand_UnknownDemand_NotFoundOnId_NoRawGuid()
    {
        var w = await World.CreateAsync(api.Services);
        string unknown = Matchmaking.Api.GraphQL.GlobalId.Encode("Demand", Guid.NewGuid());

        var result = await api.PostAsync($$"""mutation { updateDemand(input: { id: "{{unknown}}", title: "x" }) { demand { id } userErrors { field message code } } }""", token: w.Token(api.Services, Roles.Enterprise));

        var error = result.Data().GetProperty("updateDemand").GetProperty("userErrors")[0];
        Assert.Equal(("NOT_FOUND", "id"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
        Assert.DoesNotMatch("[0-9a-f]{8}-?[0-9a-f]{4}", error.GetProperty("message").GetString()!);
    }

    private async Task<JsonElement> FirstErrorAsync(string mutation, string doc, string? token)
    {
        var errors = (await api.PostAsync(doc, token: token)).Data().GetProperty(mutation).GetProperty("userErrors");
        Assert.True(errors.GetArrayLength() > 0, $"{mutation} returned no userErrors");
        return errors[0];
    }
}

public sealed class UserErrorContractSqliteTests(BareSqliteApi api) : UserErrorContractTests(api), IClassFixture<BareSqliteApi>;

public sealed class UserErrorContractPostgresTests(BarePostgresApi api) : UserErrorContractTests(api), IClassFixture<BarePostgresApi>;
