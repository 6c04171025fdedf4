namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Soft constraints of a match, from the listing a query was built from: fits are boosts, not filters.
/// For a demand looking for achievements, MinTrl is its required TRL; for an achievement looking for
/// demands, MaxTrl is its own TRL (a demand asking for more does not fit).
/// </summary>
public sealed record MatchPreferences(int? MinTrl, decimal? BudgetMin, decimal? BudgetMax, string? Region)
{
    public int? MaxTrl { get; init; }
}
