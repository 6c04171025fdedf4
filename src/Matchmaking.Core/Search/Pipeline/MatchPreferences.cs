namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Soft constraints of a match, from the listing a query was built from: fits are boosts, not filters.
/// For a demand looking for achievements, MinTrl is its required TRL; for an achievement looking for
/// demands, MaxTrl is its own TRL (a demand asking for more does not fit).
/// </summary>
public sealed record MatchPreferences(int? MinTrl, decimal? BudgetMin, decimal? BudgetMax, string? Region)
{
    public int? MaxTrl { get; init; }

    /// <summary>The cooperation modes the source listing accepts (None = no preference).</summary>
    public Domain.CooperationModes Cooperation { get; init; }

    /// <summary>The source demand's deadline; for a query over demands the candidates' own deadlines count.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The listing the query was built from: its own matches are left out of the candidates' feedback features.</summary>
    public Guid? SourceId { get; init; }
}
