using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Exposure;

/// <summary>
/// After the rerank step: experts who cannot take a project now are demoted (their score scaled by
/// <see cref="ExposureOptions.UnavailableFactor"/>, with an availability check in the explanation), then the
/// top of the ranking holds at most <see cref="ExposureOptions.MaxPerInstitution"/> hits of one institution,
/// so a few prolific institutions do not fill every first page. Only matching is reordered (recommendations
/// and requests with preferences); a plain search keeps its order unless <see cref="ExposureOptions.CapSearches"/>.
/// </summary>
public sealed class ExposureControl(IExpertLoads loads, ExposureLedger ledger, IOptions<ExposureOptions> options)
{
    public const string Availability = "availability";
    public const string Exposure = "exposure";

    public bool Reorders(SearchRequest request) =>
        request.Purpose == SearchPurpose.Recommendation || request.Preferences is not null || options.Value.CapSearches;

    public async Task<IReadOnlyList<RankedHit>> ApplyAsync(SearchRequest request, IReadOnlyList<RankedHit> ranked, CancellationToken ct)
    {
        if (!Reorders(request))
        {
            return ranked;
        }

        var o = options.Value;
        var experts = ranked.Where(h => h.Candidate.Facts.Kind == ListingKind.Expert).Select(h => h.Candidate.Id).ToList();
        if (experts.Count > 0)
        {
            ranked = Demote(ranked, await loads.LoadAsync(experts, ct), o.UnavailableFactor);
        }

        bool recommending = request.Purpose == SearchPurpose.Recommendation;
        if (recommending && o.ExposureWeight > 0)
        {
            ranked = Amortize(ranked, ledger, o.ExposureWeight, request.Preferences?.SourceId);
        }

        ranked = o.MaxPerInstitution > 0 ? CapInstitutions(ranked, o.Window, o.MaxPerInstitution) : ranked;
        if (recommending && o.ExposureWeight > 0 && request.Offset == 0)
        {
            ledger.Record(request.Preferences?.SourceId, ranked.Take(o.Window).Select(h => h.Candidate.Id));
        }

        return ranked;
    }

    /// <summary>
    /// Lowers each score by weight × the share of recent first pages the listing was on × the pool's score range
    /// (scores of a learned scorer may be negative, so a factor would not push down); the lost part is the exposure signal.
    /// </summary>
    public static IReadOnlyList<RankedHit> Amortize(IReadOnlyList<RankedHit> ranked, ExposureLedger ledger, double weight, Guid? source = null)
    {
        double range = Range(ranked);
        var result = new List<RankedHit>(ranked.Count);
        foreach (var hit in ranked)
        {
            double share = ledger.Share(hit.Candidate.Id, source);
            if (share <= 0)
            {
                result.Add(hit);
                continue;
            }

            double score = hit.Score - (weight * share * range);
            var signals = new Dictionary<string, double>(hit.Signals) { [Exposure] = score - hit.Score };
            result.Add(hit with { Score = score, Signals = signals });
        }

        return result.OrderByDescending(h => h.Score).ToList();
    }

    /// <summary>
    /// Keeps <paramref name="factor"/> of how far each unavailable expert's score is above the pool's worst, so factor
    /// 0 puts him below every available hit (ties go to the available one) and 1 leaves him; the lost part is a
    /// negative signal, so the signals still sum to the score.
    /// </summary>
    public static IReadOnlyList<RankedHit> Demote(IReadOnlyList<RankedHit> ranked, IReadOnlyDictionary<Guid, ExpertLoad> experts, double factor)
    {
        double floor = ranked.Count == 0 ? 0 : ranked.Min(h => h.Score);
        var result = new List<RankedHit>(ranked.Count);
        foreach (var hit in ranked)
        {
            if (hit.Candidate.Facts.Kind != ListingKind.Expert || !experts.TryGetValue(hit.Candidate.Id, out var load))
            {
                result.Add(hit);
                continue;
            }

            var check = new ConstraintCheck(Availability, load.Available, Describe(load));
            if (load.Available)
            {
                result.Add(hit with { Constraints = [.. hit.Constraints, check] });
                continue;
            }

            double score = floor + (factor * (hit.Score - floor));
            var signals = new Dictionary<string, double>(hit.Signals) { [Availability] = score - hit.Score };
            result.Add(hit with { Score = score, Signals = signals, Constraints = [.. hit.Constraints, check] });
        }

        // Stable: among equals an available hit first, then the rerank step's order.
        return result.OrderByDescending(h => h.Score).ThenBy(h => h.Signals.ContainsKey(Availability)).ToList();
    }

    /// <summary>
    /// Greedy over the ranking: a hit whose institution already has <paramref name="max"/> hits in the top
    /// <paramref name="window"/> waits just below the window, in its order. Scores are left as they are.
    /// </summary>
    public static IReadOnlyList<RankedHit> CapInstitutions(IReadOnlyList<RankedHit> ranked, int window, int max)
    {
        var top = new List<RankedHit>(Math.Min(window, ranked.Count));
        var waiting = new List<RankedHit>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        for (; i < ranked.Count && top.Count < window; i++)
        {
            var hit = ranked[i];
            string institution = hit.Candidate.Facts.Institution;
            if (institution.Length > 0)
            {
                int seen = counts.GetValueOrDefault(institution);
                if (seen >= max)
                {
                    waiting.Add(hit);
                    continue;
                }

                counts[institution] = seen + 1;
            }

            top.Add(hit);
        }

        return waiting.Count == 0 ? ranked : [.. top, .. waiting, .. ranked.Skip(i)];
    }

    /// <summary>The best score minus the worst (a small positive number when all are equal, so a demotion still orders).</summary>
    private static double Range(IReadOnlyList<RankedHit> ranked) =>
        ranked.Count == 0 ? 0 : Math.Max(ranked.Max(h => h.Score) - ranked.Min(h => h.Score), 1e-9);

    private static string Describe(ExpertLoad load)
    {
        string matches = load.Capacity is { } capacity ? $"{load.Active} of {capacity} active matches" : $"{load.Active} active matches, no capacity declared";
        return !load.Open ? $"not open to new projects ({matches})"
            : load.AtCapacity ? $"at capacity ({matches})"
            : $"open to projects ({matches})";
    }
}
