using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// Reads from the database what the index should hold: only live listings (open demands, published
/// achievements, experts and enterprises). A closed or withdrawn listing is absent from the index.
/// </summary>
public static class ListingSource
{
    public static async IAsyncEnumerable<ListingDocument> AllAsync(MatchmakingDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var d in db.Demands.AsNoTracking().Where(d => d.Status == DemandStatus.Open).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return ListingDocument.From(d);
        }

        await foreach (var a in db.Achievements.AsNoTracking().Where(a => a.Status == AchievementStatus.Published).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return ListingDocument.From(a);
        }

        await foreach (var e in db.Experts.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return ListingDocument.From(e);
        }

        await foreach (var e in db.Enterprises.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return ListingDocument.From(e);
        }
    }

    /// <summary>How many listings <see cref="AllAsync"/> yields, to verify a rebuild wrote them all.</summary>
    public static async Task<int> CountAsync(MatchmakingDbContext db, CancellationToken ct) =>
        await db.Demands.CountAsync(d => d.Status == DemandStatus.Open, ct)
        + await db.Achievements.CountAsync(a => a.Status == AchievementStatus.Published, ct)
        + await db.Experts.CountAsync(ct)
        + await db.Enterprises.CountAsync(ct);

    /// <summary>Loads the live listings among <paramref name="ids"/>; ids not returned are to be deleted from the index.</summary>
    public static async Task<List<ListingDocument>> LoadAsync(MatchmakingDbContext db, ListingKind kind, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        kind switch
        {
            ListingKind.Demand => (await db.Demands.AsNoTracking().Where(d => ids.Contains(d.Id) && d.Status == DemandStatus.Open).ToListAsync(ct)).ConvertAll(ListingDocument.From),
            ListingKind.Achievement => (await db.Achievements.AsNoTracking().Where(a => ids.Contains(a.Id) && a.Status == AchievementStatus.Published).ToListAsync(ct)).ConvertAll(ListingDocument.From),
            ListingKind.Expert => (await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct)).ConvertAll(ListingDocument.From),
            _ => (await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct)).ConvertAll(ListingDocument.From),
        };
}
