using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Matches;

/// <summary>Claiming a seeded profile is a reviewed request: users ask, an admin approves (one owner, even when two approvals race) or rejects.</summary>
public abstract class ProfileClaimTests(BareApi api)
{
    private const string Request = """mutation($id: ID!) { requestClaim(input: { listingId: $id, note: "法定代表人" }) { claim { id status subject } userErrors { code } } }""";

    private const string Review = """mutation($id: ID!, $ok: Boolean!) { reviewClaim(input: { claimId: $id, approve: $ok, note: "已核验" }) { claim { status reviewer } userErrors { code } } }""";

    [Fact]
    public async Task RequestAndReview_TwoClaimsRacingApproval_OneOwnerOthersRefused()
    {
        var flow = new GraphQLFlow(api);
        var w = await World.CreateAsync(api.Services);
        await ClearOwnerAsync(w.EnterpriseId);
        string admin = flow.Token(Roles.Admin, "admin-" + flow.Tag);
        string first = flow.Token(Roles.Enterprise, "claimer-a-" + flow.Tag), second = flow.Token(Roles.Enterprise, "claimer-b-" + flow.Tag);

        string a = (await flow.OkAsync(Request, new { id = w.Enterprise }, first, "requestClaim")).GetProperty("claim").GetProperty("id").GetString()!;
        string b = (await flow.OkAsync(Request, new { id = w.Enterprise }, second, "requestClaim")).GetProperty("claim").GetProperty("id").GetString()!;
        string? again = await flow.CodeAsync(Request, new { id = w.Enterprise }, first);
        string? researcher = await flow.CodeAsync(Request, new { id = w.Enterprise }, flow.Token(Roles.Researcher, "res-" + flow.Tag));
        string? byNonAdmin = await flow.CodeAsync(Review, new { id = a, ok = true }, first);
        var outcomes = await Task.WhenAll(flow.CodeAsync(Review, new { id = a, ok = true }, admin), flow.CodeAsync(Review, new { id = b, ok = true }, admin));
        var mine = (await flow.OkAsync("""{ profileClaims(first: 10) { totalCount edges { node { status } } } }""", null, first, "profileClaims"));

        Assert.Equal(ErrorCodes.Duplicate, again);
        Assert.Equal(ErrorCodes.Forbidden, researcher);
        Assert.Equal(ErrorCodes.Forbidden, byNonAdmin);
        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o == ErrorCodes.AlreadyOwned);
        string owner = await OwnerAsync(w.EnterpriseId);
        Assert.Equal(outcomes[0] is null ? "claimer-a-" + flow.Tag : "claimer-b-" + flow.Tag, owner);
        Assert.Equal(1, mine.GetProperty("totalCount").GetInt32());
        Assert.Equal(ErrorCodes.AlreadyOwned, await flow.CodeAsync(Request, new { id = w.Enterprise }, flow.Token(Roles.Enterprise, "late-" + flow.Tag)));
        Assert.Equal("REJECTED", (await flow.OkAsync(Review, new { id = outcomes[0] is null ? b : a, ok = false }, admin, "reviewClaim")).GetProperty("claim").GetProperty("status").GetString());
    }

    private async Task ClearOwnerAsync(Guid enterpriseId)
    {
        using var scope = api.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Enterprises.Where(e => e.Id == enterpriseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.OwnerSubject, (string?)null));
    }

    private async Task<string> OwnerAsync(Guid enterpriseId)
    {
        using var scope = api.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Enterprises.AsNoTracking().SingleAsync(e => e.Id == enterpriseId)).OwnerSubject!;
    }
}

public sealed class ProfileClaimSqliteTests(BareSqliteApi api) : ProfileClaimTests(api), IClassFixture<BareSqliteApi>;

public sealed class ProfileClaimPostgresTests(BarePostgresApi api) : ProfileClaimTests(api), IClassFixture<BarePostgresApi>;
