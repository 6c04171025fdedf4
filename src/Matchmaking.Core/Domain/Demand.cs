namespace Matchmaking.Core.Domain;

/// <summary>A technical demand posted by an enterprise (技术需求).</summary>
public sealed class Demand : IListing
{
    public Guid Id { get; set; }

    public ListingKind Kind => ListingKind.Demand;

    public required string Title { get; set; }

    public required string Description { get; set; }

    public List<string> Keywords { get; set; } = [];

    public Industry Industry { get; set; }

    public string Region { get; set; } = "";

    /// <summary>Budget range in CNY; either end may be open.</summary>
    public decimal? BudgetMin { get; set; }

    public decimal? BudgetMax { get; set; }

    public DateOnly? Deadline { get; set; }

    /// <summary>The lowest technology readiness level (TRL 1–9) an answer must have reached.</summary>
    public int? RequiredTrl { get; set; }

    public CooperationModes CooperationModes { get; set; }

    public DemandStatus Status { get; set; }

    public Guid EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    public ContactInfo Contact { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
