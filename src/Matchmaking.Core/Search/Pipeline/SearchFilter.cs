using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Hard filters on a search. Each null or empty member filters nothing.</summary>
public sealed record SearchFilter
{
    public static readonly SearchFilter None = new();

    public IReadOnlyCollection<Industry> Industries { get; init; } = [];

    public IReadOnlyCollection<string> Regions { get; init; } = [];

    public IReadOnlyCollection<string> Disciplines { get; init; } = [];

    public int? TrlMin { get; init; }

    public int? TrlMax { get; init; }

    /// <summary>Keeps listings whose money (asking price, budget range) overlaps [BudgetMin, BudgetMax].</summary>
    public decimal? BudgetMin { get; init; }

    public decimal? BudgetMax { get; init; }

    /// <summary>Keeps listings that accept at least one of these modes.</summary>
    public CooperationModes CooperationModes { get; init; }

    /// <summary>OPEN, BUSY, PUBLISHED, ACTIVE.</summary>
    public IReadOnlyCollection<string> Statuses { get; init; } = [];

    /// <summary>Keeps demands whose deadline is on or after this day (listings without one pass).</summary>
    public DateOnly? DeadlineFrom { get; init; }
}
