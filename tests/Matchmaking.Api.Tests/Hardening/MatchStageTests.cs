using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Hardening;

/// <summary>Stage changes: only the match's broker or an admin makes them, and racing changes leave one winner and a consistent match.</summary>
public abstract class MatchStageTests(BareApi api)
{
    private const string Advance = """mutation($id: ID!, $to: MatchStage) { advanceMatch(input: { matchId: $id, to: $to }) { match { stage } userErrors { code } } }""";

    private const string Reject = """mutation($id: ID!) { rejectMatch(input: { matchId: $id, reason: PRICE }) { match { stage rejectReason } userErrors { code } } }""";

    [Fact]
    public async Task AdvanceAndReject_AnotherBroker_ForbiddenAndUnchanged()
    {
        var w = await World.CreateAsync(api.Services);
        string other = api.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Broker, "broker-other-" + w.Tag);

        var advance = await api.PostAsync(Advance, new { id = w.Match }, other);
        var reject = await api.PostAsync(Reject, new { id = w.Match }, other);

        Assert.Equal(ErrorCodes.Forbidden, advance.Code());
        Assert.Equal(ErrorCodes.Forbidden, reject.Code());
        var match = await LoadAsync(w.MatchId);
        Assert.Equal(MatchStage.Suggested, match.Stage);
        Assert.Null(match.RejectReason);
    }

    [Fact]
    public async Task Advance_OwnBrokerThenAdmin_BothMoveTheMatch()
    {
        var w = await World.CreateAsync(api.Services);

        var byBroker = (await api.PostAsync(Advance, new { id = w.Match }, w.Token(api.Services, Roles.Broker))).Data();
        var byAdmin = (await api.PostAsync(Advance, new { id = w.Match }, w.Token(api.Services, Roles.Admin))).Data();

        Assert.Equal("SHORTLISTED", byBroker.GetProperty("advanceMatch").GetProperty("match").GetProperty("stage").GetString());
        Assert.Equal("INTRODUCED", byAdmin.GetProperty("advanceMatch").GetProperty("match").GetProperty("stage").GetString());
        Assert.Equal(w.Broker, (await LoadAsync(w.MatchId)).BrokerSubject);
    }

    [Fact]
    public async Task Advance_UnclaimedMatch_FirstBrokerClaimsItOthersForbidden()
    {
        var w = await World.CreateAsync(api.Services);
        await SetBrokerAsync(w.MatchId, null);
        var issuer = api.Services.GetRequiredService<TokenIssuer>();

        var first = (await api.PostAsync(Advance, new { id = w.Match }, issuer.Issue(Roles.Broker, "claimer-" + w.Tag))).Data();
        var second = await api.PostAsync(Advance, new { id = w.Match }, issuer.Issue(Roles.Broker, "late-" + w.Tag));

        Assert.Equal("SHORTLISTED", first.GetProperty("advanceMatch").GetProperty("match").GetProperty("stage").GetString());
        Assert.Equal(ErrorCodes.Forbidden, second.Code());
        Assert.Equal("claimer-" + w.Tag, (await LoadAsync(w.MatchId)).BrokerSubject);
    }

    [Fact]
    public async Task Advance_SixIdenticalInParallel_ExactlyOneWins()
    {
        // A few rounds: one round may happen not to interleave.
        for (int round = 0; round < 5; round++)
        {
            var w = await World.CreateAsync(api.Services);
            string broker = w.Token(api.Services, Roles.Broker)!;

            var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => api.PostAsync(Advance, new { id = w.Match, to = "SHORTLISTED" }, broker)));

            var payloads = results.Select(r => r.Data().GetProperty("advanceMatch")).ToList();
            Assert.Single(payloads, p => p.GetProperty("match").ValueKind == JsonValueKind.Object);
            Assert.All(payloads.Where(p => p.GetProperty("match").ValueKind == JsonValueKind.Null),
                p => Assert.Contains(p.GetProperty("userErrors")[0].GetProperty("code").GetString(), new[] { "CONFLICT", ErrorCodes.InvalidTransition }));
            Assert.Equal(MatchStage.Shortlisted, (await LoadAsync(w.MatchId)).Stage);
        }
    }

    [Fact]
    public async Task RejectRacingThreeAdvances_OneWinnerAndAConsistentMatch()
    {
        for (int round = 0; round < 3; round++)
        {
            var w = await World.CreateAsync(api.Services);
            string broker = w.Token(api.Services, Roles.Broker)!;

            var requests = new[] { api.PostAsync(Reject, new { id = w.Match }, broker) }
                .Concat(Enumerable.Range(0, 3).Select(_ => api.PostAsync(Advance, new { id = w.Match, to = "SHORTLISTED" }, broker)));
            var results = await Task.WhenAll(requests);

            var payloads = results.Select((r, i) => r.Data().GetProperty(i == 0 ? "rejectMatch" : "advanceMatch")).ToList();
            bool[] won = payloads.Select(p => p.GetProperty("match").ValueKind == JsonValueKind.Object).ToArray();
            Assert.All(payloads.Where(p => p.GetProperty("match").ValueKind == JsonValueKind.Null),
                p => Assert.Contains(p.GetProperty("userErrors")[0].GetProperty("code").GetString(), new[] { "CONFLICT", ErrorCodes.InvalidTransition }));
            Assert.True(won.Skip(1).Count(x => x) <= 1, "at most one advance to SHORTLISTED may succeed");
            var match = await LoadAsync(w.MatchId);
            if (won[0])
            {
                // The reject won, or came after the one advance that won: either way the match ends rejected.
                Assert.Equal(MatchStage.Rejected, match.Stage);
                Assert.Equal(RejectReason.Price, match.RejectReason);
            }
            else
            {
                Assert.Equal(MatchStage.Shortlisted, match.Stage);
                Assert.Null(match.RejectReason);
                Assert.Equal(1, won.Count(x => x));
            }
        }
    }

    private async Task<Match> LoadAsync(Guid id)
    {
        using var scope = api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Matches.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private async Task SetBrokerAsync(Guid id, string? broker)
    {
        using var scope = api.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Matches.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.BrokerSubject, broker));
    }
}

public sealed class MatchStageSqliteTests(BareSqliteApi api) : MatchStageTests(api), IClassFixture<BareSqliteApi>;

public sealed class MatchStagePostgresTests(BarePostgresApi api) : MatchStageTests(api), IClassFixture<BarePostgresApi>;
