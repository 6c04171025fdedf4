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
    private double pages;

    /// <summary>The share of recent first pages <paramref name="id"/> was on; a young ledger counts as <see cref="ExposureOptions.MinPages"/> pages so its first pages do not weigh alone.</summary>
    public double Share(Guid id)
    {
        lock (gate)
        {
            return shown.TryGetValue(id, out double count) ? count / Math.Max(pages, options.Value.MinPages) : 0;
        }
    }

    /// <summary>Forgets every page (eval measures each setting from no history).</summary>
    public void Clear()
    {
        lock (gate)
        {
            shown.Clear();
            pages = 0;
        }
    }

    /// <summary>Records one first page.</summary>
    public void Record(IEnumerable<Guid> page)
    {
        lock (gate)
        {
            pages++;
            foreach (Guid id in page)
            {
                shown[id] = shown.GetValueOrDefault(id) + 1;
            }

            if (pages >= options.Value.Horizon)
            {
                pages /= 2;
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
    }
}
