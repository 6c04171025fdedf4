using Matchmaking.Core.Domain;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Notifications;

public sealed class DigestRunnerTests
{
    [Theory]
    [Providers]
    public async Task Run_NewMatchingDemand_OneNotificationAndOneEmailEach(StorageProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        using var world = await NotificationWorld.CreateAsync(provider, smtp.Settings());
        var subscription = await world.SubscribeResearcherAsync();

        var first = await world.PostMatchingDemandAsync();
        await world.PostUnrelatedDemandAsync();
        var run = await world.RunDigestsAsync();
        await world.SendMailAsync();

        Assert.Equal(1, run.Delivered);
        var digest = Assert.Single(await world.NotificationsOfAsync(NotificationWorld.Researcher));
        Assert.Equal(NotificationKind.Digest, digest.Kind);
        Assert.Contains(first.Id.ToString(), digest.Data);
        Assert.Contains(first.Title, digest.Body);
        Assert.Equal(DeliveryState.Sent, digest.EmailState);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal(NotificationWorld.ResearcherEmail, mail.To.Mailboxes.Single().Address);
        Assert.Contains("订阅「李明」有 1 条新匹配", mail.Subject);
        Assert.Contains(first.Title, mail.TextBody);
        Assert.Contains(first.Title, mail.HtmlBody);
        Assert.DoesNotContain("冷链", mail.TextBody);
        Assert.Contains("https://mm.example.cn/notifications/unsubscribe?token=", mail.TextBody);
        Assert.Contains("退订", mail.HtmlBody);
        string token = mail.TextBody!.Split("token=")[1].Trim();
        Assert.Equal(subscription.Id, world.Get<UnsubscribeTokens>().Read(token));

        // A second new matching demand is one more notification and one more e-mail, about it alone.
        var second = await world.PostMatchingDemandAsync("动力电池极片视觉检测系统升级");
        await world.RunDigestsAsync();
        await world.SendMailAsync();

        var notifications = await world.NotificationsOfAsync(NotificationWorld.Researcher);
        Assert.Equal(2, notifications.Count);
        Assert.Contains(second.Id.ToString(), notifications[1].Data);
        Assert.DoesNotContain(first.Id.ToString(), notifications[1].Data);
        Assert.Equal(2, smtp.Received.Count);
    }

    [Theory]
    [Providers]
    public async Task Run_OnlyUnrelatedDemand_NothingTold(StorageProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        using var world = await NotificationWorld.CreateAsync(provider, smtp.Settings());
        await world.SubscribeResearcherAsync();

        await world.PostUnrelatedDemandAsync();
        var run = await world.RunDigestsAsync();
        await world.SendMailAsync();

        Assert.Equal(1, run.Due);
        Assert.Equal(0, run.Delivered);
        Assert.Empty(await world.NotificationsOfAsync(NotificationWorld.Researcher));
        Assert.Empty(smtp.Received);
    }

    [Theory]
    [Providers]
    public async Task Run_RetriedAfterCursorLost_NothingTwice(StorageProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        using var world = await NotificationWorld.CreateAsync(provider, smtp.Settings());
        var subscription = await world.SubscribeResearcherAsync();
        await world.PostMatchingDemandAsync();
        await world.RunDigestsAsync();
        await world.SendMailAsync();

        // A Hangfire retry of the same run, and then one that starts from the old cursor as if it never moved.
        await world.RunDigestsAsync();
        await using (var db = world.Database.CreateContext())
        {
            await db.Subscriptions.Where(s => s.Id == subscription.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSequence, subscription.LastSequence));
        }

        var again = await world.RunDigestsAsync();
        await world.SendMailAsync();

        Assert.Equal(1, again.Searched);
        Assert.Equal(0, again.Delivered);
        Assert.Single(await world.NotificationsOfAsync(NotificationWorld.Researcher));
        Assert.Single(smtp.Received);
    }

    [Theory]
    [Providers]
    public async Task Run_CrashBeforeCommit_DeliveredOnceByTheRetry(StorageProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        using var world = await NotificationWorld.CreateAsync(provider, smtp.Settings());
        await world.SubscribeResearcherAsync();
        await world.PostMatchingDemandAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => world.RunDigestsAsync((_, _) => throw new InvalidOperationException("host killed")));
        Assert.Empty(await world.NotificationsOfAsync(NotificationWorld.Researcher));
        var retry = await world.RunDigestsAsync();
        await world.SendMailAsync();

        Assert.Equal(1, retry.Delivered);
        Assert.Single(await world.NotificationsOfAsync(NotificationWorld.Researcher));
        Assert.Single(smtp.Received);
    }

    [Theory]
    [Providers]
    public async Task Run_TwoHostsAtOnce_OneNotificationOneEmail(StorageProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        using var world = await NotificationWorld.CreateAsync(provider, smtp.Settings());
        for (int i = 0; i < 5; i++)
        {
            await world.SubscribeResearcherAsync(minScore: 0.5 + i * 0.01);
        }

        await world.PostMatchingDemandAsync();
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => world.RunDigestsAsync())));
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(world.SendMailAsync)));

        Assert.Equal(5, runs.Sum(r => r.Delivered));
        Assert.Equal(5, runs.Sum(r => r.Notified));
        Assert.Equal(5, (await world.NotificationsOfAsync(NotificationWorld.Researcher)).Count);
        Assert.Equal(5, smtp.Received.Count);
        await using var db = world.Database.CreateContext();
        Assert.Equal(5, await db.DigestDeliveries.CountAsync());
    }

    [Fact]
    public async Task Run_HitBelowThreshold_NotDelivered()
    {
        using var world = await NotificationWorld.CreateAsync(StorageProvider.Sqlite);
        await world.SubscribeResearcherAsync(minScore: 1_000);
        await world.PostMatchingDemandAsync();

        var run = await world.RunDigestsAsync();

        Assert.Equal(1, run.Searched);
        Assert.Equal(0, run.Delivered);
        Assert.Empty(await world.NotificationsOfAsync(NotificationWorld.Researcher));
    }

    [Fact]
    public async Task Run_DailyDigestRanAnHourAgo_NotDueYet()
    {
        using var world = await NotificationWorld.CreateAsync(StorageProvider.Sqlite);
        var subscription = await world.SubscribeResearcherAsync(frequency: DigestFrequency.Daily);
        await world.PostMatchingDemandAsync();
        await using (var db = world.Database.CreateContext())
        {
            await db.Subscriptions.Where(s => s.Id == subscription.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastDigestAt, DateTimeOffset.UtcNow.AddHours(-1)));
        }

        var early = await world.RunDigestsAsync();
        await using (var db = world.Database.CreateContext())
        {
            await db.Subscriptions.Where(s => s.Id == subscription.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastDigestAt, DateTimeOffset.UtcNow.AddDays(-1)));
        }

        var due = await world.RunDigestsAsync();

        Assert.Equal(0, early.Due);
        Assert.Equal(1, due.Delivered);
    }

    [Fact]
    public async Task Run_SubscriptionToASavedSearch_DeliversItsHits()
    {
        using var world = await NotificationWorld.CreateAsync(StorageProvider.Sqlite);
        using (var scope = world.Scope())
        {
            var search = await scope.ServiceProvider.GetRequiredService<Matchmaking.Core.SavedSearches.SavedSearchService>()
                .SaveAsync(new SavedSearch { OwnerSubject = "broker-wang", Name = "电池检测", Text = "锂电池 缺陷检测", Kinds = ["Demand"] }, default);
            await scope.ServiceProvider.GetRequiredService<SubscriptionService>()
                .SubscribeAsync("broker-wang", new SubscriptionSpec(search.Id, null, null, DigestFrequency.Immediate) { MinScore = 0 }, default);
        }

        var demand = await world.PostMatchingDemandAsync();
        await world.PostUnrelatedDemandAsync();
        await world.RunDigestsAsync();

        var digest = Assert.Single(await world.NotificationsOfAsync("broker-wang"));
        Assert.Contains(demand.Id.ToString(), digest.Data);
        Assert.StartsWith("订阅「电池检测」有 1 条新匹配", digest.Title);
    }
}
