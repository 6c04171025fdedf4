using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Matches;

/// <summary>One handling broker per match: claims (racing ones included), admin assignment, reopening, notes, per-party feedback, the broker's contact view.</summary>
public abstract class BrokerOwnershipTests(BareApi api)
{
    private const string Claim = """mutation($id: ID!) { claimMatch(input: { matchId: $id }) { match { broker } userErrors { code } } }""";

    private const string History = """
        query($id: ID!) { match(id: $id) { history(first: 50) { edges { node { kind actor fromStage toStage fromBroker toBroker side useful note } } } } }
        """;

    [Fact]
    public async Task ClaimMatch_FourBrokersRace_OneWinsOthersAlreadyClaimed()
    {
        // A few rounds: one round may happen not to interleave.
        for (int round = 0; round < 4; round++)
        {
            var w = await World.CreateAsync(api.Services);
            await SetBrokerAsync(w.MatchId, null);
            string[] brokers = Enumerable.Range(0, 4).Select(i => $"racer-{i}-{w.Tag}").ToArray();

            var results = await Task.WhenAll(brokers.Select(b => api.PostAsync(Claim, new { id = w.Match }, Token(Roles.Broker, b))));

            var payloads = results.Select(r => r.Data().GetProperty("claimMatch")).ToList();
            var winners = payloads.Where(p => p.GetProperty("match").ValueKind == JsonValueKind.Object).ToList();
            Assert.Single(winners);
            Assert.All(payloads.Except(winners), p => Assert.Equal(ErrorCodes.AlreadyClaimed, p.GetProperty("userErrors")[0].GetProperty("code").GetString()));
            string winner = winners[0].GetProperty("match").GetProperty("broker").GetString()!;
            Assert.Equal(winner, (await LoadAsync(w.MatchId)).BrokerSubject);
            var claims = (await HistoryAsync(w)).Where(e => e.GetProperty("kind").GetString() == "CLAIMED").ToList();
            Assert.Equal((winner, (string?)null, winner), (claims.Single().GetProperty("actor").GetString()!, claims[0].GetProperty("fromBroker").GetString(), claims[0].GetProperty("toBroker").GetString()!));
        }
    }

    [Fact]
    public async Task ClaimMatch_OwnMatchAgain_NoChangeNoNewEntry()
    {
        var w = await World.CreateAsync(api.Services);

        var again = (await api.PostAsync(Claim, new { id = w.Match }, Broker(w))).Data().GetProperty("claimMatch");

        Assert.Equal(w.Broker, again.GetProperty("match").GetProperty("broker").GetString());
        Assert.Empty(await HistoryAsync(w));
    }

    [Fact]
    public async Task AssignMatch_AdminReassigns_RecordedAndOnlyTheNewBrokerMovesIt()
    {
        var w = await World.CreateAsync(api.Services);
        const string Assign = """mutation($id: ID!, $to: String) { assignMatch(input: { matchId: $id, brokerSubject: $to, reason: "王经纪人休假" }) { match { broker } userErrors { code } } }""";
        string newBroker = "broker-b-" + w.Tag;

        var byBroker = await api.PostAsync(Assign, new { id = w.Match, to = newBroker }, Broker(w));
        var byAdmin = (await api.PostAsync(Assign, new { id = w.Match, to = newBroker }, Admin(w))).Data().GetProperty("assignMatch");
        var oldBroker = await api.PostAsync(Advance, new { id = w.Match }, Broker(w));
        var moved = (await api.PostAsync(Advance, new { id = w.Match }, Token(Roles.Broker, newBroker))).Data().GetProperty("advanceMatch");

        Assert.Equal(ErrorCodes.Forbidden, byBroker.Code());
        Assert.Equal(newBroker, byAdmin.GetProperty("match").GetProperty("broker").GetString());
        Assert.Equal(ErrorCodes.Forbidden, oldBroker.Code());
        Assert.Equal("SHORTLISTED", moved.GetProperty("match").GetProperty("stage").GetString());
        var history = await HistoryAsync(w);
        Assert.Equal(["ASSIGNED", "ADVANCED"], history.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(("admin-" + w.Tag, w.Broker, newBroker, "王经纪人休假"), (history[0].GetProperty("actor").GetString(), history[0].GetProperty("fromBroker").GetString(), history[0].GetProperty("toBroker").GetString(), history[0].GetProperty("note").GetString()));
        Assert.Equal(newBroker, history[1].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task ReopenMatch_Rejected_BackToItsStageWithReason_OthersForbidden()
    {
        var w = await World.CreateAsync(api.Services, MatchStage.Shortlisted);
        const string Reopen = """mutation($id: ID!, $reason: String!) { reopenMatch(input: { matchId: $id, reason: $reason }) { match { stage rejectReason } userErrors { field code } } }""";

        var notRejected = (await api.PostAsync(Reopen, new { id = w.Match, reason = "再看看" }, Broker(w))).Data().GetProperty("reopenMatch");
        await api.PostAsync("""mutation($id: ID!) { rejectMatch(input: { matchId: $id, reason: PRICE }) { userErrors { code } } }""", new { id = w.Match }, Broker(w));
        var stranger = await api.PostAsync(Reopen, new { id = w.Match, reason = "我来接手" }, Token(Roles.Broker, "other-" + w.Tag));
        var blank = (await api.PostAsync(Reopen, new { id = w.Match, reason = " " }, Broker(w))).Data().GetProperty("reopenMatch");
        var reopened = (await api.PostAsync(Reopen, new { id = w.Match, reason = "企业追加了预算" }, Broker(w))).Data().GetProperty("reopenMatch");

        Assert.Equal(ErrorCodes.InvalidTransition, notRejected.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Equal(ErrorCodes.Forbidden, stranger.Code());
        Assert.Equal(("reason", ErrorCodes.Required), (blank.GetProperty("userErrors")[0].GetProperty("field").GetString(), blank.GetProperty("userErrors")[0].GetProperty("code").GetString()));
        Assert.Equal("SHORTLISTED", reopened.GetProperty("match").GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("match").GetProperty("rejectReason").ValueKind);
        var last = (await HistoryAsync(w))[^1];
        Assert.Equal(("REOPENED", "REJECTED", "SHORTLISTED", "企业追加了预算"), (last.GetProperty("kind").GetString(), last.GetProperty("fromStage").GetString(), last.GetProperty("toStage").GetString(), last.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task GiveFeedback_EachSideKeptApart_UnrelatedBrokerForbidden()
    {
        var w = await World.CreateAsync(api.Services);
        const string Feedback = """mutation($id: ID!, $useful: Boolean!, $note: String) { giveFeedback(input: { matchId: $id, useful: $useful, note: $note }) { match { feedback partyFeedback { side actor useful note } } userErrors { code } } }""";

        await api.PostAsync(Feedback, new { id = w.Match, useful = true, note = "方向对口" }, w.Token(api.Services, Roles.Enterprise));
        await api.PostAsync(Feedback, new { id = w.Match, useful = false, note = "档期已满" }, w.Token(api.Services, Roles.Researcher));
        var stranger = await api.PostAsync(Feedback, new { id = w.Match, useful = false, note = "不合适" }, Token(Roles.Broker, "other-" + w.Tag));
        var last = (await api.PostAsync(Feedback, new { id = w.Match, useful = true, note = (string?)null }, Broker(w))).Data().GetProperty("giveFeedback").GetProperty("match");

        Assert.Equal(ErrorCodes.Forbidden, stranger.Code());
        Assert.Equal(
            [("DEMAND", w.EnterpriseOwner, true, "方向对口"), ("SUPPLY", w.ResearcherOwner, false, "档期已满"), ("BROKER", w.Broker, true, "")],
            last.GetProperty("partyFeedback").EnumerateArray().Select(f => (f.GetProperty("side").GetString(), f.GetProperty("actor").GetString(), f.GetProperty("useful").GetBoolean(), f.GetProperty("note").GetString() ?? "")));
        Assert.Equal(1, last.GetProperty("feedback").GetInt32());
        Assert.Equal(3, (await HistoryAsync(w)).Count(e => e.GetProperty("kind").GetString() == "FEEDBACK"));
    }

    [Fact]
    public async Task Contacts_HandlingBrokerFromShortlisted_OtherBrokerNever()
    {
        var w = await World.CreateAsync(api.Services);
        const string Contacts = """query($d: ID!, $x: ID!) { demand(id: $d) { contact { phone } contactVisibility { visible reason } } expert(id: $x) { contact { phone } contactVisibility { visible reason } } }""";
        string other = Token(Roles.Broker, "other-" + w.Tag);

        var atSuggested = (await api.PostAsync(Contacts, new { d = w.Demand, x = w.Expert }, Broker(w))).Data();
        await api.PostAsync(Advance, new { id = w.Match }, Broker(w));
        var atShortlisted = (await api.PostAsync(Contacts, new { d = w.Demand, x = w.Expert }, Broker(w))).Data();
        var otherBroker = await api.PostAsync(Contacts, new { d = w.Demand, x = w.Expert }, other);

        Assert.Equal(JsonValueKind.Null, atSuggested.GetProperty("demand").GetProperty("contact").ValueKind);
        Assert.Equal(World.DemandPhone, atShortlisted.GetProperty("demand").GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal(World.ExpertPhone, atShortlisted.GetProperty("expert").GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal("HANDLING_BROKER", atShortlisted.GetProperty("expert").GetProperty("contactVisibility").GetProperty("reason").GetString());
        Assert.DoesNotContain(World.DemandPhone, otherBroker.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(World.ExpertPhone, otherBroker.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMatchNoteAndPropose_NotesInHistoryNotFeedback_OtherBrokerForbidden()
    {
        var w = await World.CreateAsync(api.Services);
        const string Note = """mutation($id: ID!) { addMatchNote(input: { matchId: $id, note: "已电话联系企业" }) { match { id } userErrors { code } } }""";

        var proposed = (await api.PostAsync("""mutation($d: ID!, $c: ID!) { proposeMatch(input: { demandId: $d, candidateId: $c, note: "团队做过同类产线" }) { match { id feedbackNote broker } userErrors { code } } }""", new { d = w.Demand, c = w.Achievement }, Broker(w))).Data().GetProperty("proposeMatch").GetProperty("match");
        var stranger = await api.PostAsync(Note, new { id = w.Match }, Token(Roles.Broker, "other-" + w.Tag));
        await api.PostAsync(Note, new { id = w.Match }, Broker(w));

        Assert.Equal(JsonValueKind.Null, proposed.GetProperty("feedbackNote").ValueKind);
        Assert.Equal(w.Broker, proposed.GetProperty("broker").GetString());
        Assert.Equal(ErrorCodes.Forbidden, stranger.Code());
        var note = Assert.Single(await HistoryAsync(w));
        Assert.Equal(("NOTED", w.Broker, "已电话联系企业"), (note.GetProperty("kind").GetString(), note.GetProperty("actor").GetString(), note.GetProperty("note").GetString()));
    }

    private const string Advance = """mutation($id: ID!) { advanceMatch(input: { matchId: $id }) { match { stage } userErrors { code } } }""";

    private string Token(string role, string subject) => api.Services.GetRequiredService<TokenIssuer>().Issue(role, subject);

    private string Broker(World w) => w.Token(api.Services, Roles.Broker)!;

    private string Admin(World w) => w.Token(api.Services, Roles.Admin)!;

    private async Task<List<JsonElement>> HistoryAsync(World w) =>
        (await api.PostAsync(History, new { id = w.Match }, Admin(w))).Data().GetProperty("match").GetProperty("history").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node")).ToList();

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

public sealed class BrokerOwnershipSqliteTests(BareSqliteApi api) : BrokerOwnershipTests(api), IClassFixture<BareSqliteApi>;

public sealed class BrokerOwnershipPostgresTests(BarePostgresApi api) : BrokerOwnershipTests(api), IClassFixture<BarePostgresApi>;
