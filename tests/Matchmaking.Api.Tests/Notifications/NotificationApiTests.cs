using System.Net;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Notifications;

/// <summary>Subscriptions, viewer.notifications, markNotificationsRead, webhooks and the unsubscribe link over HTTP.</summary>
public sealed class NotificationApiTests(NotificationApi api) : IClassFixture<NotificationApi>
{
    private const string Notifications = """
        { viewer { notifications(first: 10) { totalCount unreadCount edges { node { id kind title read subscription { id frequency expert { id } } match { id } } } } } }
        """;

    [Fact]
    public async Task Subscribe_NewMatchingDemand_DigestInViewerNotificationsThenMarkedRead()
    {
        var w = await World.CreateAsync(api.Services);
        string researcher = w.Token(api.Services, Roles.Researcher)!;
        string subscribe = $$"""mutation { subscribe(input: { listingId: "{{w.Expert}}", frequency: IMMEDIATE, minScore: 0 }) { subscription { id source frequency minScore expert { id } } userErrors { field code } } }""";

        var subscribed = (await api.PostAsync(subscribe, token: researcher)).Data().GetProperty("subscribe");
        Assert.Equal(0, subscribed.GetProperty("userErrors").GetArrayLength());
        Assert.Equal("LISTING", subscribed.GetProperty("subscription").GetProperty("source").GetString());
        Assert.Equal(w.Expert, subscribed.GetProperty("subscription").GetProperty("expert").GetProperty("id").GetString());
        Guid demandId = await PostDemandAndIndexAsync(w, "机器视觉缺陷检测在线系统 " + w.Tag);
        using (var scope = api.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DigestRunner>().RunAsync(default);
        }

        var viewer = (await api.PostAsync(Notifications, token: researcher)).Data().GetProperty("viewer").GetProperty("notifications");
        var digest = viewer.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).Single(n => n.GetProperty("kind").GetString() == "DIGEST");
        Assert.Equal(subscribed.GetProperty("subscription").GetProperty("id").GetString(), digest.GetProperty("subscription").GetProperty("id").GetString());
        Assert.StartsWith("订阅「张教授", digest.GetProperty("title").GetString());
        Assert.Equal(1, viewer.GetProperty("unreadCount").GetInt32());

        string mark = $$"""mutation { markNotificationsRead(input: { ids: ["{{digest.GetProperty("id").GetString()}}"] }) { unreadCount userErrors { code } } }""";
        var marked = (await api.PostAsync(mark, token: researcher)).Data().GetProperty("markNotificationsRead");
        Assert.Equal(0, marked.GetProperty("unreadCount").GetInt32());
        var after = (await api.PostAsync(Notifications, token: researcher)).Data().GetProperty("viewer").GetProperty("notifications");
        Assert.True(after.GetProperty("edges")[0].GetProperty("node").GetProperty("read").GetBoolean());
        Assert.Contains(demandId.ToString(), await DataOfAsync(digest.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task AdvanceMatch_BothSidesSeeItWithTheMatch()
    {
        var w = await World.CreateAsync(api.Services);
        string advance = $$"""mutation { advanceMatch(input: { matchId: "{{w.Match}}" }) { match { stage } userErrors { code } } }""";

        (await api.PostAsync(advance, token: w.Token(api.Services, Roles.Broker))).Data();

        foreach (string role in new[] { Roles.Enterprise, Roles.Researcher })
        {
            var node = (await api.PostAsync(Notifications, token: w.Token(api.Services, role))).Data()
                .GetProperty("viewer").GetProperty("notifications").GetProperty("edges")[0].GetProperty("node");
            Assert.Equal("MATCH_ADVANCED", node.GetProperty("kind").GetString());
            Assert.Equal(w.Match, node.GetProperty("match").GetProperty("id").GetString());
        }

        var mine = (await api.PostAsync(Notifications, token: w.Token(api.Services, Roles.Researcher))).Data()
            .GetProperty("viewer").GetProperty("notifications").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();
        string byId = "query($id: ID!) { node(id: $id) { id ... on Notification { kind } } }";
        var own = (await api.PostAsync(byId, new { id = mine }, w.Token(api.Services, Roles.Researcher))).Data().GetProperty("node");
        var others = (await api.PostAsync(byId, new { id = mine }, w.Token(api.Services, Roles.Enterprise))).Data().GetProperty("node");
        Assert.Equal("MATCH_ADVANCED", own.GetProperty("kind").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, others.ValueKind);
    }

    [Fact]
    public async Task Subscribe_SomeoneElsesListing_Forbidden()
    {
        var w = await World.CreateAsync(api.Services);
        string subscribe = $$"""mutation { subscribe(input: { listingId: "{{w.Demand}}", frequency: DAILY }) { subscription { id } userErrors { code } } }""";

        var result = await api.PostAsync(subscribe, token: w.Token(api.Services, Roles.Researcher));

        Assert.Equal("FORBIDDEN", result.Code());
    }

    [Fact]
    public async Task Unsubscribe_SignedLink_StopsEmailsForgedLinkRefused()
    {
        var w = await World.CreateAsync(api.Services);
        string researcher = w.Token(api.Services, Roles.Researcher)!;
        string subscribe = $$"""mutation { subscribe(input: { listingId: "{{w.Expert}}", frequency: WEEKLY }) { subscription { id emailEnabled } userErrors { code } } }""";
        string id = (await api.PostAsync(subscribe, token: researcher)).Data().GetProperty("subscribe").GetProperty("subscription").GetProperty("id").GetString()!;
        var token = api.Services.GetRequiredService<UnsubscribeTokens>().Create(GlobalId.Decode(id, nameof(Subscription)));
        using var client = api.CreateClient();

        var forged = await client.GetAsync("/notifications/unsubscribe?token=" + token[..^2] + "xx");
        var response = await client.GetAsync("/notifications/unsubscribe?token=" + token);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已退订", await response.Content.ReadAsStringAsync());
        var list = (await api.PostAsync("{ viewer { subscriptions(first: 5) { totalCount edges { node { id emailEnabled } } } } }", token: researcher)).Data();
        var node = list.GetProperty("viewer").GetProperty("subscriptions").GetProperty("edges")[0].GetProperty("node");
        Assert.False(node.GetProperty("emailEnabled").GetBoolean());
    }

    [Fact]
    public async Task CreateWebhookEndpoint_SecretShownOnceAndBadUrlRefused()
    {
        var w = await World.CreateAsync(api.Services);
        string researcher = w.Token(api.Services, Roles.Researcher)!;

        var created = (await api.PostAsync("""mutation { createWebhookEndpoint(input: { url: "https://hooks.example.cn/mm" }) { secret endpoint { id url enabled } userErrors { code } } }""", token: researcher)).Data().GetProperty("createWebhookEndpoint");
        var bad = (await api.PostAsync("""mutation { createWebhookEndpoint(input: { url: "ftp://x" }) { endpoint { id } userErrors { field code } } }""", token: researcher)).Data().GetProperty("createWebhookEndpoint");
        var listed = (await api.PostAsync("{ viewer { webhookEndpoints(first: 5) { totalCount edges { node { url deliveries(first: 5) { totalCount } } } } } }", token: researcher)).Data();

        Assert.StartsWith("whsec_", created.GetProperty("secret").GetString());
        Assert.True(created.GetProperty("endpoint").GetProperty("enabled").GetBoolean());
        Assert.Equal("url", bad.GetProperty("userErrors")[0].GetProperty("field").GetString());
        Assert.Equal(1, listed.GetProperty("viewer").GetProperty("webhookEndpoints").GetProperty("totalCount").GetInt32());
    }

    private async Task<Guid> PostDemandAndIndexAsync(World w, string title)
    {
        Guid id;
        using (var scope = api.Services.CreateScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<ListingService>().PostDemandAsync(new Demand
            {
                Title = title, Description = "需要机器视觉缺陷检测方案，识别极片表面缺陷。", Keywords = ["机器视觉", "缺陷检测"],
                Industry = Industry.ArtificialIntelligence, EnterpriseId = w.EnterpriseId, CooperationModes = CooperationModes.JointDevelopment,
            }, default)).Id;
        }

        var index = api.Services.GetRequiredService<ListingIndex>();
        long head;
        using (var scope = api.Services.CreateScope())
        {
            head = await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().ChangeLogHeadAsync(default);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (index.LastSequence < head && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return id;
    }

    private async Task<string> DataOfAsync(string notificationId)
    {
        using var scope = api.Services.CreateScope();
        Guid id = GlobalId.Decode(notificationId, nameof(Notification));
        return await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Notifications.Where(n => n.Id == id).Select(n => n.Data).SingleAsync();
    }
}
