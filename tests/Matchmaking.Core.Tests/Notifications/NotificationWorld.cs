using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Tests.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Notifications;

/// <summary>
/// An enterprise that posts demands and a researcher (李教授) with an expert profile in lithium-battery defect
/// inspection who wants e-mails; the real search, storage and notification services over either provider.
/// </summary>
internal sealed class NotificationWorld : SearchHarness
{
    public const string Researcher = "researcher-li";
    public const string ResearcherEmail = "li.prof@hfut.example.cn";
    public const string EnterpriseOwner = "enterprise-owner";
    public const string SigningKey = "test-signing-key-0123456789abcdef";

    private NotificationWorld(StorageProvider provider, IReadOnlyDictionary<string, string?> settings)
        : base(settings, provider, s => s.AddMatchmakingNotifications().AddScoped<Matchmaking.Core.SavedSearches.SavedSearchService>().AddScoped<Matchmaking.Core.Matches.MatchService>())
    {
    }

    public Guid EnterpriseId { get; private set; }

    public Guid ExpertId { get; private set; }

    public static async Task<NotificationWorld> CreateAsync(StorageProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Notifications:SigningKey"] = SigningKey,
            ["Notifications:PublicBaseUrl"] = "https://mm.example.cn",
            ["Notifications:WebhookRetryDelay"] = "00:00:00.010",
            ["Notifications:WebhookAllowPrivateAddresses"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var world = new NotificationWorld(provider, all);
        using (var scope = world.Scope())
        {
            var listings = world.Listings(scope);
            world.EnterpriseId = (await listings.RegisterEnterpriseAsync(new Enterprise
            {
                Name = "合肥锂能科技有限公司", CreditCode = "91330100716105852F", Industry = Industry.NewEnergyVehicles, Region = "合肥", OwnerSubject = EnterpriseOwner,
            }, default)).Id;
            world.ExpertId = (await listings.UpsertExpertAsync(new Expert
            {
                Name = "李明", Title = "教授", Region = "合肥", Industry = Industry.NewEnergyVehicles, OwnerSubject = Researcher,
                ResearchFields = ["锂电池缺陷检测", "机器视觉"], Keywords = ["极片", "缺陷检测", "视觉检测"],
                Bio = "长期从事锂电池极片表面缺陷的机器视觉检测研究，研制了在线检测系统。",
            }, default)).Id;
            await scope.ServiceProvider.GetRequiredService<NotificationService>().UpdateSettingsAsync(Researcher, ResearcherEmail, true, default);
        }

        await world.Maintenance.EnsureReadyAsync(null, default);
        return world;
    }

    public async Task<Subscription> SubscribeResearcherAsync(double minScore = 0.5, DigestFrequency frequency = DigestFrequency.Immediate)
    {
        using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<SubscriptionService>()
            .SubscribeAsync(Researcher, new SubscriptionSpec(null, ListingKind.Expert, ExpertId, frequency) { MinScore = minScore }, default);
    }

    /// <summary>Posts a demand and lets the index catch up, as the node's worker would.</summary>
    public async Task<Demand> PostDemandAsync(string title, string description, string[] keywords, Industry industry = Industry.NewEnergyVehicles)
    {
        Demand demand;
        using (var scope = Scope())
        {
            demand = await Listings(scope).PostDemandAsync(new Demand
            {
                Title = title, Description = description, Keywords = [.. keywords], Industry = industry, Region = "合肥",
                EnterpriseId = EnterpriseId, Deadline = new DateOnly(2030, 12, 31), CooperationModes = CooperationModes.JointDevelopment,
            }, default);
        }

        await Maintenance.CatchUpAsync(default);
        return demand;
    }

    public Task<Demand> PostMatchingDemandAsync(string title = "锂电池极片缺陷在线检测设备") =>
        PostDemandAsync(title, "需要基于机器视觉的锂电池极片表面缺陷在线检测方案，识别划痕、漏涂和褶皱。", ["缺陷检测", "机器视觉", "锂电池"]);

    public Task<Demand> PostUnrelatedDemandAsync() =>
        PostDemandAsync("冷链果蔬保鲜包装技术", "寻求延长草莓、蓝莓冷链运输保鲜期的气调包装与抑菌材料。", ["保鲜", "冷链", "包装"], Industry.GreenFood);

    public async Task<DigestSummary> RunDigestsAsync(Func<Subscription, CancellationToken, Task>? beforeCommit = null)
    {
        using var scope = Scope();
        var runner = scope.ServiceProvider.GetRequiredService<DigestRunner>();
        runner.BeforeCommit = beforeCommit;
        return await runner.RunAsync(default);
    }

    public async Task<int> SendMailAsync()
    {
        using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<MailDispatcher>().RunAsync(default);
    }

    public async Task<WebhookRunSummary> SendWebhooksAsync()
    {
        using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().RunAsync(default);
    }

    public async Task<List<Notification>> NotificationsOfAsync(string subject)
    {
        await using var db = Database.CreateContext();
        return await db.Notifications.AsNoTracking().Where(n => n.RecipientSubject == subject).OrderBy(n => n.Id).ToListAsync();
    }
}
