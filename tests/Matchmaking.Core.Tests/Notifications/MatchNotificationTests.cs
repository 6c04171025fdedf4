using System.Text.Json;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Notifications;

public sealed class MatchNotificationTests
{
    [Fact]
    public async Task Workflow_ProposeAdvanceIntroduceReject_BothSidesToldEachStep()
    {
        using var world = await NotificationWorld.CreateAsync(StorageProvider.Sqlite);
        var demand = await world.PostMatchingDemandAsync();
        var broker = new MatchActor("broker-wang", IsAdmin: false);
        using (var scope = world.Scope())
        {
            var matches = scope.ServiceProvider.GetRequiredService<MatchService>();
            var match = await matches.ProposeAsync(demand.Id, CandidateKind.Expert, world.ExpertId, broker.Subject, null, default);
            await matches.AdvanceAsync(match.Id, MatchStage.Shortlisted, broker, default);
            await matches.AdvanceAsync(match.Id, MatchStage.Introduced, broker, default);
            await matches.RejectAsync(match.Id, RejectReason.Price, "报价高于预算", broker, default);
        }

        foreach (string subject in new[] { NotificationWorld.Researcher, NotificationWorld.EnterpriseOwner })
        {
            var told = await world.NotificationsOfAsync(subject);
            Assert.Equal([NotificationKind.MatchProposed, NotificationKind.MatchAdvanced, NotificationKind.MatchIntroduced, NotificationKind.MatchRejected], told.Select(n => n.Kind));
            var rejected = told[^1];
            Assert.Contains("价格不合适", rejected.Body);
            Assert.Contains("报价高于预算", rejected.Body);
            using var data = JsonDocument.Parse(rejected.Data);
            Assert.Equal("PRICE", data.RootElement.GetProperty("rejectReason").GetString());
            Assert.Equal("REJECTED", data.RootElement.GetProperty("stage").GetString());
        }

        Assert.Empty(await world.NotificationsOfAsync(broker.Subject));
    }

    [Fact]
    public async Task MarkRead_SomeThenAll_UnreadCountFollows()
    {
        using var world = await NotificationWorld.CreateAsync(StorageProvider.Sqlite);
        var demand = await world.PostMatchingDemandAsync();
        var broker = new MatchActor("broker-wang", IsAdmin: false);
        using var scope = world.Scope();
        var matches = scope.ServiceProvider.GetRequiredService<MatchService>();
        var match = await matches.ProposeAsync(demand.Id, CandidateKind.Expert, world.ExpertId, broker.Subject, null, default);
        await matches.AdvanceAsync(match.Id, null, broker, default);
        var notifications = scope.ServiceProvider.GetRequiredService<NotificationService>();

        var page = await Matchmaking.Core.Paging.PagingExtensions.ToPageAsync(notifications.Query(NotificationWorld.Researcher, unread: null, kind: null).OrderByDescending(n => n.Id), 0, 10, default);
        int marked = await notifications.MarkReadAsync(NotificationWorld.Researcher, [page.Items[0].Id], default);
        int others = await notifications.MarkReadAsync("someone-else", null, default);

        Assert.Equal(2, page.TotalCount);
        Assert.Equal(NotificationKind.MatchAdvanced, page.Items[0].Kind);
        Assert.Equal((1, 0), (marked, others));
        Assert.Equal(1, await notifications.UnreadCountAsync(NotificationWorld.Researcher, default));
        Assert.Equal(1, await notifications.MarkReadAsync(NotificationWorld.Researcher, null, default));
        Assert.Equal(0, await notifications.UnreadCountAsync(NotificationWorld.Researcher, default));
    }
}
