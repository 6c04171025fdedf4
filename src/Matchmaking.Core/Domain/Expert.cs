namespace Matchmaking.Core.Domain;

/// <summary>A researcher or engineer open to consulting and joint projects (专家).</summary>
public sealed class Expert : IListing
{
    public Guid Id { get; set; }

    public ListingKind Kind => ListingKind.Expert;

    public required string Name { get; set; }

    public Guid? InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    /// <summary>Professional title (职称), e.g. 教授, 研究员, 高级工程师.</summary>
    public string Title { get; set; } = "";

    public List<string> ResearchFields { get; set; } = [];

    public List<string> Keywords { get; set; } = [];

    public string Bio { get; set; } = "";

    public string Discipline { get; set; } = "";

    public Industry Industry { get; set; }

    public string Region { get; set; } = "";

    /// <summary>Whether the expert takes on new projects now.</summary>
    public bool OpenToProjects { get; set; } = true;

    /// <summary>
    /// The most matches at an active stage (introduced, negotiating, contracted) the expert carries at once
    /// (承接上限); null = no limit declared. At capacity he ranks below available experts.
    /// </summary>
    public int? Capacity { get; set; }

    public string? OwnerSubject { get; set; }

    public ContactInfo Contact { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
