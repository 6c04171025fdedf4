namespace Matchmaking.Core.Domain;

/// <summary>A research achievement offered for transfer, license or joint development (科技成果).</summary>
public sealed class Achievement : IListing
{
    public Guid Id { get; set; }

    public ListingKind Kind => ListingKind.Achievement;

    public required string Title { get; set; }

    public required string Abstract { get; set; }

    public List<string> Keywords { get; set; } = [];

    public string Discipline { get; set; } = "";

    public Industry Industry { get; set; }

    public string Region { get; set; } = "";

    /// <summary>Technology readiness level, 1–9.</summary>
    public int Trl { get; set; }

    public IpForm IpForm { get; set; }

    /// <summary>Patent or registration number, e.g. ZL202110123456.7.</summary>
    public string? IpNumber { get; set; }

    public CooperationModes CooperationModes { get; set; }

    /// <summary>Asking price in CNY; null when negotiable (面议).</summary>
    public decimal? AskingPrice { get; set; }

    public AchievementStatus Status { get; set; }

    public Guid? InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    /// <summary>The experts in the team behind the achievement.</summary>
    public List<Guid> TeamExpertIds { get; set; } = [];

    public string? OwnerSubject { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
