using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// One hit per duplicate group: walking the ranking from the top, a hit that is a possible duplicate of a
/// hit already kept is dropped, so the group is shown by its best-ranked listing. The group's size is the
/// kept listing and every possible duplicate the detector knows of it, on this page or not.
/// </summary>
public static class DuplicateCollapse
{
    public static Collapsed Apply(DuplicateDetector detector, IReadOnlyList<RankedHit> ranked, int needed)
    {
        if (!detector.Enabled || ranked.Count == 0)
        {
            return new(ranked, new Dictionary<Guid, int>(), 0);
        }

        var kept = new List<RankedHit>(Math.Min(needed, ranked.Count));
        var sizes = new Dictionary<Guid, int>();
        var covered = new HashSet<Guid>();
        int dropped = 0;
        foreach (var hit in ranked)
        {
            if (covered.Contains(hit.Candidate.Id))
            {
                dropped++;
                continue;
            }

            // Past the page only the count of dropped hits is still wanted, and that needs no more lookups
            // than the ones made for kept hits: a hit below the page is either covered or would be kept.
            if (kept.Count >= needed)
            {
                continue;
            }

            var duplicates = detector.Find(hit.Candidate.Id);
            kept.Add(hit);
            sizes[hit.Candidate.Id] = 1 + duplicates.Count;
            foreach (var duplicate in duplicates)
            {
                covered.Add(duplicate.Id);
            }
        }

        return new(kept, sizes, dropped);
    }

    /// <summary>The kept hits in rank order, each kept listing's group size, and how many hits were folded into a group.</summary>
    public sealed record Collapsed(IReadOnlyList<RankedHit> Hits, IReadOnlyDictionary<Guid, int> GroupSizes, int Dropped);
}
