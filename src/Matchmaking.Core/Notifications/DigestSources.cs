using Matchmaking.Core.Domain;
using Matchmaking.Core.SavedSearches;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// What due subscriptions search with, loaded in one query per source kind: saved searches run as a search
/// does, a listing as the recommendation service turns it into a query.
/// </summary>
internal sealed class DigestSources
{
    private readonly Dictionary<Guid, SavedSearch> searches;
    private readonly Dictionary<Guid, Demand> demands;
    private readonly Dictionary<Guid, Achievement> achievements;
    private readonly Dictionary<Guid, Expert> experts;

    private DigestSources(Dictionary<Guid, SavedSearch> searches, Dictionary<Guid, Demand> demands, Dictionary<Guid, Achievement> achievements, Dictionary<Guid, Expert> experts)
    {
        this.searches = searches;
        this.demands = demands;
        this.achievements = achievements;
        this.experts = experts;
    }

    public static async Task<DigestSources> LoadAsync(MatchmakingDbContext db, IReadOnlyList<Subscription> due, CancellationToken ct)
    {
        var searchIds = due.Where(s => s.SavedSearchId is not null).Select(s => s.SavedSearchId!.Value).Distinct().ToList();
        var demandIds = Ids(due, ListingKind.Demand);
        var achievementIds = Ids(due, ListingKind.Achievement);
        var expertIds = Ids(due, ListingKind.Expert);
        return new DigestSources(
            await LoadAsync(db.SavedSearches, searchIds, s => s.Id, ct),
            await LoadAsync(db.Demands, demandIds, d => d.Id, ct),
            await LoadAsync(db.Achievements, achievementIds, a => a.Id, ct),
            await LoadAsync(db.Experts, expertIds, e => e.Id, ct));
    }

    /// <summary>The pipeline request, or null when the saved search or listing is gone.</summary>
    public SearchRequest? Request(Subscription s, int limit) => s.Source switch
    {
        SubscriptionSource.SavedSearch when searches.TryGetValue(s.SavedSearchId!.Value, out var search) => SavedSearchRequests.From(search, limit),
        SubscriptionSource.Listing when s.ListingKind == ListingKind.Demand && demands.TryGetValue(s.ListingId!.Value, out var d) => RecommendationService.FromDemand(d, [], limit),
        SubscriptionSource.Listing when s.ListingKind == ListingKind.Achievement && achievements.TryGetValue(s.ListingId!.Value, out var a) => RecommendationService.FromAchievement(a, limit),
        SubscriptionSource.Listing when s.ListingKind == ListingKind.Expert && experts.TryGetValue(s.ListingId!.Value, out var e) => RecommendationService.FromExpert(e, limit),
        _ => null,
    };

    /// <summary>What the subscriber calls it: the saved search's name, or the listing's title.</summary>
    public string Name(Subscription s) => s.Source switch
    {
        SubscriptionSource.SavedSearch when searches.TryGetValue(s.SavedSearchId!.Value, out var search) => search.Name,
        _ when s.ListingId is { } id && demands.TryGetValue(id, out var d) => d.Title,
        _ when s.ListingId is { } id && achievements.TryGetValue(id, out var a) => a.Title,
        _ when s.ListingId is { } id && experts.TryGetValue(id, out var e) => e.Name,
        _ => "",
    };

    private static List<Guid> Ids(IReadOnlyList<Subscription> due, ListingKind kind) =>
        due.Where(s => s.ListingKind == kind && s.ListingId is not null).Select(s => s.ListingId!.Value).Distinct().ToList();

    private static async Task<Dictionary<Guid, T>> LoadAsync<T>(IQueryable<T> set, List<Guid> ids, Func<T, Guid> key, CancellationToken ct) where T : class
    {
        var found = new Dictionary<Guid, T>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var item in await set.AsNoTracking().Where(x => chunk.Contains(EF.Property<Guid>(x, "Id"))).ToListAsync(ct))
            {
                found[key(item)] = item;
            }
        }

        return found;
    }
}
