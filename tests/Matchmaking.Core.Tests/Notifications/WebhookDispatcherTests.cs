using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Notifications;

public sealed class WebhookDispatcherTests
{
    [Theory]
    [Providers]
    public async Task Run_MatchProposed_ReceiverSeesOneCorrectlySignedEvent(StorageProvider provider)
    {
        await using var receiver = await TestWebhookReceiver.StartAsync();
        using var world = await NotificationWorld.CreateAsync(provider);
        var endpoint = await CreateEndpointAsync(world, receiver.Url);
        var demand = await world.PostMatchingDemandAsync();
        Match match;
        using (var scope = world.Scope())
        {
            match = await scope.ServiceProvider.GetRequiredService<MatchService>().ProposeAsync(demand.Id, CandidateKind.Expert, world.ExpertId, "broker-wang", null, default);
        }

        var run = await world.SendWebhooksAsync();
        await world.SendWebhooksAsync();

        Assert.Equal(1, run.Sent);
        var call = Assert.Single(receiver.Calls);
        string timestamp = call.Headers["X-Matchmaking-Timestamp"];
        string expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(endpoint.Secret), Encoding.UTF8.GetBytes(timestamp + "." + call.Body)));
        Assert.Equal(expected, call.Headers["X-Matchmaking-Signature"]);
        Assert.True(WebhookSignature.Verify(endpoint.Secret, timestamp, call.Headers["X-Matchmaking-Signature"], call.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(endpoint.Secret, timestamp, call.Headers["X-Matchmaking-Signature"], call.Body.Replace("match", "batch"), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.Equal("match.proposed", call.Headers["X-Matchmaking-Event"]);
        Assert.StartsWith("application/json", call.Headers["Content-Type"]);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal("match.proposed", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(match.Id, body.RootElement.GetProperty("data").GetProperty("matchId").GetGuid());
        Assert.Contains(demand.Title, body.RootElement.GetProperty("title").GetString());
        await using var db = world.Database.CreateContext();
        var delivery = await db.WebhookDeliveries.SingleAsync();
        Assert.Equal((DeliveryState.Sent, 1, 200), (delivery.State, delivery.Attempts, delivery.LastStatusCode));
    }

    [Theory]
    [Providers]
    public async Task Run_FailingReceiver_RetriedWithBackoffThenEndpointDisabled(StorageProvider provider)
    {
        await using var receiver = await TestWebhookReceiver.StartAsync();
        receiver.Status = 503;
        using var world = await NotificationWorld.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Notifications:WebhookRetries"] = "3",
            ["Notifications:WebhookRetryDelay"] = "00:00:00.050",
            ["Notifications:WebhookMaxConsecutiveFailures"] = "2",
        });
        var endpoint = await CreateEndpointAsync(world, receiver.Url);
        for (int i = 0; i < 3; i++)
        {
            await TellResearcherAsync(world, $"event-{i}");
        }

        var run = await world.SendWebhooksAsync();

        // Two deliveries × (1 + 3 retries); the third waits, because the endpoint is off after the second.
        Assert.Equal((0, 2, 1), (run.Sent, run.Failed, run.EndpointsDisabled));
        var calls = receiver.Calls.ToList();
        Assert.Equal(8, calls.Count);
        var first = calls.Take(4).Select(c => c.At).ToList();
        for (int i = 1; i < 4; i++)
        {
            var gap = first[i] - first[i - 1];
            Assert.True(gap >= TimeSpan.FromMilliseconds(50 * Math.Pow(2, i - 1) * 0.9), $"retry {i} came after {gap.TotalMilliseconds} ms");
        }

        await using (var db = world.Database.CreateContext())
        {
            var stored = await db.WebhookEndpoints.SingleAsync();
            Assert.False(stored.Enabled);
            Assert.NotNull(stored.DisabledAt);
            var states = await db.WebhookDeliveries.OrderBy(d => d.Id).Select(d => new { d.State, d.Attempts, d.LastStatusCode }).ToListAsync();
            Assert.Equal([DeliveryState.Failed, DeliveryState.Failed, DeliveryState.Pending], states.Select(s => s.State));
            Assert.Equal([4, 4, 0], states.Select(s => s.Attempts));
            Assert.Equal(503, states[0].LastStatusCode);
        }

        Assert.Equal(0, (await world.SendWebhooksAsync()).Sent);
        Assert.Equal(8, receiver.Calls.Count);

        // The owner fixes the receiver, turns the endpoint on and replays a failed delivery: it and the waiting one go out.
        receiver.Status = 204;
        using (var scope = world.Scope())
        {
            var webhooks = scope.ServiceProvider.GetRequiredService<WebhookService>();
            await webhooks.UpdateAsync(NotificationWorld.Researcher, endpoint.Id, null, true, default);
            var log = await webhooks.Deliveries(NotificationWorld.Researcher, endpoint.Id).OrderBy(d => d.Id).ToListAsync();
            Assert.Empty(await webhooks.Deliveries("someone-else", endpoint.Id).ToListAsync());
            var failed = log.Last(d => d.State == DeliveryState.Failed);
            await webhooks.ReplayAsync(NotificationWorld.Researcher, failed.Id, default);
            await Assert.ThrowsAsync<DomainException>(() => webhooks.ReplayAsync("someone-else", failed.Id, default));
        }

        Assert.Equal(2, (await world.SendWebhooksAsync()).Sent);
        Assert.Equal(10, receiver.Calls.Count);
    }

    [Fact]
    public async Task Run_ReceiverSucceedsOnThirdAttempt_SentAndFailureCountReset()
    {
        await using var receiver = await TestWebhookReceiver.StartAsync();
        receiver.Status = 500;
        using var world = await NotificationWorld.CreateAsync(StorageProvider.Sqlite, new Dictionary<string, string?> { ["Notifications:WebhookRetryDelay"] = "00:00:00.200" });
        await CreateEndpointAsync(world, receiver.Url);
        await TellResearcherAsync(world, "flaky");

        var sending = world.SendWebhooksAsync();
        while (receiver.Calls.Count < 2)
        {
            await Task.Delay(20);
        }

        receiver.Status = 200;
        var run = await sending;

        Assert.Equal(1, run.Sent);
        Assert.Equal(3, receiver.Calls.Count);
        await using var db = world.Database.CreateContext();
        Assert.Equal(0, (await db.WebhookEndpoints.SingleAsync()).ConsecutiveFailures);
        Assert.Equal(3, (await db.WebhookDeliveries.SingleAsync()).Attempts);
    }

    [Fact]
    public async Task Run_ReceiverOnLoopbackWhilePrivateAddressesOff_RefusedWithoutAConnection()
    {
        await using var receiver = await TestWebhookReceiver.StartAsync();
        using var world = await NotificationWorld.CreateAsync(StorageProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Notifications:WebhookAllowPrivateAddresses"] = "false",
            ["Notifications:WebhookRetries"] = "1",
        });
        await CreateEndpointAsync(world, receiver.Url);
        await TellResearcherAsync(world, "internal");

        var run = await world.SendWebhooksAsync();

        Assert.Equal(1, run.Failed);
        Assert.Empty(receiver.Calls);
        await using var db = world.Database.CreateContext();
        Assert.Contains("no public address", (await db.WebhookDeliveries.SingleAsync()).LastError);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2001:4860:4860::8888", false)]
    public void IsPrivate_Address_AsExpected(string address, bool expected) =>
        Assert.Equal(expected, WebhookClient.IsPrivate(System.Net.IPAddress.Parse(address)));

    private static async Task<WebhookEndpoint> CreateEndpointAsync(NotificationWorld world, string url)
    {
        using var scope = world.Scope();
        return await scope.ServiceProvider.GetRequiredService<WebhookService>().CreateAsync(NotificationWorld.Researcher, url, default);
    }

    private static async Task TellResearcherAsync(NotificationWorld world, string key)
    {
        await using var db = world.Database.CreateContext();
        var e = new NotificationEvent(NotificationKind.MatchAdvanced, key, "对接进展", "测试", nameof(Match), Guid.NewGuid(), new { key });
        await new Notifier(db, TimeProvider.System).AddAsync(e, [NotificationWorld.Researcher], email: false, default);
        await db.SaveChangesAsync();
    }
}
