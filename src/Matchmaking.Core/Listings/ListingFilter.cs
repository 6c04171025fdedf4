using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Listings;

/// <summary>Filters for browsing listings; each kind uses the fields that apply to it and ignores the rest.</summary>
public sealed record ListingFilter
{
    public Industry? Industry { get; init; }

    public string? Region { get; init; }

    /// <summary>Substring of the title (or name); not a full-text search — that is the search field's job.</summary>
    public string? TitleContains { get; init; }

    public CooperationModes? CooperationMode { get; init; }

    public DemandStatus? DemandStatus { get; init; }

    public AchievementStatus? AchievementStatus { get; init; }

    public int? MinTrl { get; init; }

    public int? MaxTrl { get; init; }

    public bool? OpenToProjects { get; init; }

    public EnterpriseSize? Size { get; init; }

    public Guid? EnterpriseId { get; init; }

    public string? OwnerSubject { get; init; }
}
