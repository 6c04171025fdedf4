using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using W = Matchmaking.Core.Search.Pipeline.ConstraintWording;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Checks a candidate's facts against a match's soft constraints, in either direction: a demand's
/// preferences against achievements and experts, or an achievement's (expert's) own facts against demands.
/// Each check says in words what was compared, labelled from the candidate's side (a demand candidate
/// has a budget, an achievement candidate a price). One method per check, so a new one is one line here.
/// </summary>
public static class ConstraintFit
{
    public const string Trl = "trl";
    public const string Budget = "budget";
    public const string Region = "region";
    public const string Cooperation = "cooperation";
    public const string Deadline = "deadline";

    /// <param name="today">The day a deadline is counted from; null skips the deadline check.</param>
    /// <param name="deadlineLeadDays">A demand due sooner than this is a miss (Search:Rerank:DeadlineLeadDays).</param>
    public static IReadOnlyList<ConstraintCheck> Evaluate(MatchPreferences? preferences, CandidateFacts facts, DateOnly? today = null, int deadlineLeadDays = 0)
    {
        if (preferences is null)
        {
            return [];
        }

        ConstraintCheck?[] checks =
        [
            TrlFit(preferences, facts),
            BudgetFit(preferences, facts),
            RegionFit(preferences, facts),
            CooperationFit(preferences, facts),
            DeadlineFit(preferences, facts, today, deadlineLeadDays),
        ];
        return checks.OfType<ConstraintCheck>().ToList();
    }

    private static ConstraintCheck? TrlFit(MatchPreferences preferences, CandidateFacts facts)
    {
        if (preferences.MinTrl is { } minTrl && facts.Trl is { } trl)
        {
            return new(Trl, trl >= minTrl, $"TRL {trl} (required ≥ {minTrl})");
        }

        if (preferences.MaxTrl is { } offered && facts.Trl is { } required)
        {
            return new(Trl, required <= offered, $"requires TRL ≥ {required} (offered {offered})");
        }

        return null;
    }

    /// <summary>
    /// Met when the price is within the budget: at or under its maximum. A budget's minimum is what the
    /// demand expects to spend at least, not a floor on price, so a cheaper achievement fits.
    /// </summary>
    private static ConstraintCheck? BudgetFit(MatchPreferences preferences, CandidateFacts facts)
    {
        long? low = facts.PriceLow > 0 ? facts.PriceLow : null;
        long? high = facts.PriceHigh != long.MaxValue ? facts.PriceHigh : null;
        long? wantedLow = Yuan(preferences.BudgetMin);
        long? wantedHigh = Yuan(preferences.BudgetMax);
        if ((low is null && high is null) || (wantedLow is null && wantedHigh is null))
        {
            return null;
        }

        if (facts.Kind == ListingKind.Demand)
        {
            // The candidate is a demand: its money is a budget, the query listing's is the price.
            long price = wantedLow ?? wantedHigh!.Value;
            bool within = high is not { } max || price <= max;
            return new(Budget, within, $"price {W.Money(price)} {(within ? "within" : "over")} the budget {W.Range(low, high)}");
        }

        // The candidate is an achievement: its money is the price (its cheapest end if it gives a range).
        long asking = low ?? 0;
        bool fits = wantedHigh is not { } limit || asking <= limit;
        return new(Budget, fits, $"price {W.Range(low, high)} {(fits ? "within" : "over")} the budget {W.Range(wantedLow, wantedHigh)}");
    }

    private static ConstraintCheck? RegionFit(MatchPreferences preferences, CandidateFacts facts)
    {
        if (RegionHierarchy.Normalize(preferences.Region) is not { } wanted || RegionHierarchy.Normalize(facts.Region) is not { } region)
        {
            return null;
        }

        // In the preferred region or inside it: a demand preferring 安徽省 is met by 安徽省合肥市.
        return new(Region, region.IsWithin(wanted), $"{region.Full} (preferred {wanted.Full})");
    }

    private static ConstraintCheck? CooperationFit(MatchPreferences preferences, CandidateFacts facts)
    {
        if (preferences.Cooperation == CooperationModes.None || facts.Cooperation == CooperationModes.None)
        {
            return null;
        }

        var shared = preferences.Cooperation & facts.Cooperation;
        return shared != CooperationModes.None
            ? new(Cooperation, true, $"both accept {W.Modes(shared)}")
            : new(Cooperation, false, $"accepts {W.Modes(facts.Cooperation)} (wanted {W.Modes(preferences.Cooperation)})");
    }

    /// <summary>The demand in play is the candidate when it is one, else the query listing (a demand's own deadline).</summary>
    private static ConstraintCheck? DeadlineFit(MatchPreferences preferences, CandidateFacts facts, DateOnly? today, int leadDays)
    {
        DateOnly? due = facts.Kind == ListingKind.Demand ? facts.Deadline : preferences.Deadline;
        if (due is not { } day || today is not { } now)
        {
            return null;
        }

        int left = day.DayNumber - now.DayNumber;
        bool met = left >= leadDays;
        string when = left >= 0 ? $"{W.Days(left)} left" : $"{W.Days(-left)} ago";
        return new(Deadline, met, $"due {day:yyyy-MM-dd}, {when} ({(met ? "at least" : "under")} {W.Days(leadDays)} needed)");
    }

    private static long? Yuan(decimal? value) => value is { } v ? (long)decimal.Round(v) : null;
}
