using System.Globalization;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Checks a candidate's facts against a match's soft constraints (TRL, budget, region).</summary>
public static class ConstraintFit
{
    public const string Trl = "trl";
    public const string Budget = "budget";
    public const string Region = "region";

    public static IReadOnlyList<ConstraintCheck> Evaluate(MatchPreferences? preferences, CandidateFacts facts)
    {
        if (preferences is null)
        {
            return [];
        }

        var checks = new List<ConstraintCheck>();
        if (preferences.MinTrl is { } minTrl && facts.Trl is { } trl)
        {
            checks.Add(new(Trl, trl >= minTrl, $"TRL {trl} (required ≥ {minTrl})"));
        }
        else if (preferences.MaxTrl is { } maxTrl && facts.Trl is { } required)
        {
            checks.Add(new(Trl, required <= maxTrl, $"requires TRL ≥ {required} (offered {maxTrl})"));
        }

        bool hasPrice = facts.PriceLow > 0 || facts.PriceHigh != long.MaxValue;
        if ((preferences.BudgetMin is not null || preferences.BudgetMax is not null) && hasPrice)
        {
            bool fits = (preferences.BudgetMax is not { } max || facts.PriceLow <= max)
                && (preferences.BudgetMin is not { } min || facts.PriceHigh >= min);
            checks.Add(new(Budget, fits, $"price {Money(facts.PriceLow)}–{Money(facts.PriceHigh)} (budget {Money(preferences.BudgetMin)}–{Money(preferences.BudgetMax)})"));
        }

        if (!string.IsNullOrEmpty(preferences.Region) && facts.Region.Length > 0)
        {
            checks.Add(new(Region, facts.Region == preferences.Region, $"{facts.Region} (preferred {preferences.Region})"));
        }

        return checks;
    }

    private static string Money(decimal? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "open";

    private static string Money(long value) => value == long.MaxValue ? "open" : value.ToString("N0", CultureInfo.InvariantCulture);
}
