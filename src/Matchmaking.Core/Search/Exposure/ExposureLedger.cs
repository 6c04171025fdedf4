using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Exposure;

/// <summary>
/// How often each listing was on a recommendation's first page lately (amortized exposure): the share of recent
/// pages it was on. Old pages fade: past <see cref="ExposureOptions.Horizon"/> pages every count is halved. Kept per
/// node in memory, since it steers the order, not the record; a restarted node starts from no history.
/// </summary>
public sealed class ExposureLedger(IOptions<ExposureOptions> options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, double> shown = [];

    // Each source listing's recorded page: it counts once per horizon, and never against its own next page,
    // so refreshing one demand's recommendations does not rotate them.
    private readonly Dictionary<Guid, HashSet<Guid>> sources = [];
    private double pages;

    /// <summary>
    /// The share of recent first pages <paramref name="id"/> was on, <paramref name="source"/>'s own page left out;
    /// a young ledger counts as <see cref="ExposureOptions.MinPages"/> pages so its first pages do not weigh alone.
    /// </summary>
    public double Share(Guid id, Guid? source = null)
    {
        lock (gate)
        {
            if (!shown.TryGetValue(id, out double count))
            {
                return 0;
            }

            double others = pages;
            if (source is { } listing && sources.TryGetValue(listing, out var own))
            {
                others--;
                count -= own.Contains(id) ? 1 : 0;
            }

            return Math.Max(0, count) / Math.Max(others, options.Value.MinPages);
        }
    }

    /// <summary>Forgets every page (eval measures each setting from no history).</summary>
    public void Clear()
    {
        lock (gate)
        {
            shown.Clear();
            sources.Clear();
            pages = 0;
        }
    }

    /// <summary>Records one first page of <paramref name="source"/>'s recommendations, unless that listing's page was recorded already in this horizon.</summary>
    public void Record(Guid? source, IEnumerable<Guid> page)
    {
        lock (gate)
        {
            var ids = page.ToHashSet();
            if (source is { } listing && !sources.TryAdd(listing, ids))
            {
                return;
            }

            pages++;
            foreach (Guid id in ids)
            {
                shown[id] = shown.GetValueOrDefault(id) + 1;
            }

            if (pages >= options.Value.Horizon)
            {
                Halve();
            }
        }
    }

    private void Halve()
    {
        pages /= 2;
        sources.Clear();
        foreach (Guid id in shown.Keys.ToList())
        {
            double half = shown[id] / 2;
            if (half < 0.5)
            {
                shown.Remove(id);
            }
            else
            {
                shown[id] = half;
            }
        }
    }
}
