using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Search.Matching;

/// <summary>
/// Matches in both directions through the same pipeline: a demand becomes a query over achievements and
/// experts built from its own fields; an expert or an achievement becomes a query over open demands.
/// The listing's constraints (TRL, budget, region) become boosts, never filters.
/// </summary>
public sealed class RecommendationService(MatchmakingDbContext db, SearchPipeline pipeline)
{
    public static readonly ListingKind[] ForDemand = [ListingKind.Achievement, ListingKind.Expert];

    public Task<SearchResult> RecommendAsync(ListingKind kind, Guid id, IReadOnlyCollection<ListingKind> kinds, int limit, CancellationToken ct) =>
        RecommendAsync(kind, id, kinds, limit, 0, null, ct);

    /// <summary>A page of recommendations: <paramref name="offset"/> into the ranking, with hard filters on top of the listing's own preferences.</summary>
    /// <remarks>
    /// Candidates already paired with the listing in a REJECTED match are left out unless <paramref name="includeRejected"/>:
    /// left out before ranking, so pages stay consistent and the next candidate moves up. Possible duplicates are
    /// collapsed to their best-ranked hit unless <paramref name="collapseDuplicates"/> is false.
    /// </remarks>
    public async Task<SearchResult> RecommendAsync(ListingKind kind, Guid id, IReadOnlyCollection<ListingKind> kinds, int limit, int offset, SearchFilter? filter, CancellationToken ct, bool includeRejected = false, bool collapseDuplicates = true)
    {
        var request = await BuildAsync(kind, id, kinds, limit, ct);
        IReadOnlyCollection<Guid> exclude = includeRejected ? request.Exclude : [.. request.Exclude, .. await RejectedAsync(kind, id, ct)];
        return await pipeline.RunAsync(request with { Offset = offset, Filter = filter ?? request.Filter, Exclude = exclude, CollapseDuplicates = collapseDuplicates }, ct);
    }

    /// <summary>The other side of the listing's REJECTED matches: candidates for a demand, demands for a candidate.</summary>
    private async Task<List<Guid>> RejectedAsync(ListingKind kind, Guid id, CancellationToken ct)
    {
        var rejected = db.Matches.AsNoTracking().Where(m => m.Stage == MatchStage.Rejected);
        return kind == ListingKind.Demand
            ? await rejected.Where(m => m.DemandId == id).Select(m => m.CandidateId).ToListAsync(ct)
            : await rejected.Where(m => m.CandidateId == id).Select(m => m.DemandId).ToListAsync(ct);
    }

    private async Task<SearchRequest> BuildAsync(ListingKind kind, Guid id, IReadOnlyCollection<ListingKind> kinds, int limit, CancellationToken ct)
    {
        SearchRequest request = kind switch
        {
            ListingKind.Demand => FromDemand(await db.Demands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw NotFound(kind, id), kinds, limit),
            ListingKind.Achievement => FromAchievement(await db.Achievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw NotFound(kind, id), limit),
            ListingKind.Expert => FromExpert(await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw NotFound(kind, id), limit),
            _ => throw new DomainException(ErrorCodes.BadUserInput, "recommendations are made for demands, achievements and experts.", "for"),
        };
        return request;
    }

    public static SearchRequest FromDemand(Demand demand, IReadOnlyCollection<ListingKind> kinds, int limit)
    {
        var wanted = kinds.Count == 0 ? ForDemand : kinds.Where(ForDemand.Contains).ToArray();
        return new SearchRequest(Text(demand.Title, demand.Keywords, demand.Description), wanted, limit)
        {
            Preferences = new MatchPreferences(demand.RequiredTrl, demand.BudgetMin, demand.BudgetMax, NullIfEmpty(demand.Region))
            {
                Cooperation = demand.CooperationModes,
                Deadline = demand.Deadline,
                SourceId = demand.Id,
            },
            Exclude = [demand.Id],
            Purpose = SearchPurpose.Recommendation,
        };
    }

    public static SearchRequest FromAchievement(Achievement achievement, int limit) =>
        new(Text(achievement.Title, achievement.Keywords, achievement.Abstract), [ListingKind.Demand], limit)
        {
            Preferences = new MatchPreferences(null, achievement.AskingPrice, achievement.AskingPrice, NullIfEmpty(achievement.Region))
            {
                MaxTrl = achievement.Trl,
                Cooperation = achievement.CooperationModes,
                SourceId = achievement.Id,
            },
            Purpose = SearchPurpose.Recommendation,
        };

    public static SearchRequest FromExpert(Expert expert, int limit) =>
        new(Text(string.Join(' ', expert.ResearchFields), expert.Keywords, expert.Bio), [ListingKind.Demand], limit)
        {
            Preferences = new MatchPreferences(null, null, null, NullIfEmpty(expert.Region))
            {
                Cooperation = ListingDocument.From(expert).CooperationModes,
                SourceId = expert.Id,
            },
            Purpose = SearchPurpose.Recommendation,
        };

    private static string Text(string title, IEnumerable<string> keywords, string body) =>
        $"{title}\n{string.Join(' ', keywords)}\n{body}";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static DomainException NotFound(ListingKind kind, Guid id) => new(ErrorCodes.NotFound, $"the {kind.ToString().ToLowerInvariant()} does not exist.", "for");
}
