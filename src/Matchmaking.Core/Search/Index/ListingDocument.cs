using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Index;

/// <summary>What the index holds for one listing, whatever its kind.</summary>
public sealed record ListingDocument(
    Guid Id,
    ListingKind Kind,
    string Title,
    IReadOnlyList<string> Keywords,
    string Body,
    Industry Industry,
    string Region,
    string Discipline,
    int? Trl)
{
    /// <summary>Lowest and highest money the listing involves, in CNY: an achievement's asking price, a demand's budget range.</summary>
    public decimal? PriceLow { get; init; }

    public decimal? PriceHigh { get; init; }

    public CooperationModes CooperationModes { get; init; }

    public DateOnly? Deadline { get; init; }

    /// <summary>Identifiers indexed as codes only (an achievement's patent or registration number): found when typed, never shown as text.</summary>
    public string Identifiers { get; init; } = "";

    /// <summary>OPEN for open demands and experts taking projects, BUSY for experts who are not, PUBLISHED, ACTIVE.</summary>
    public string Status { get; init; } = "";

    /// <summary>An achievement's patent or registration number, for duplicate detection.</summary>
    public string? IpNumber { get; init; }

    /// <summary>The achievement's or expert's institution: the exposure control caps how many of one institution fill a top 10.</summary>
    public Guid? InstitutionId { get; init; }

    public static ListingDocument From(Demand d) =>
        new(d.Id, ListingKind.Demand, d.Title, d.Keywords, d.Description, d.Industry, d.Region, "", d.RequiredTrl)
        {
            PriceLow = d.BudgetMin,
            PriceHigh = d.BudgetMax,
            CooperationModes = d.CooperationModes,
            Deadline = d.Deadline,
            Status = "OPEN",
        };

    public static ListingDocument From(Achievement a) =>
        new(a.Id, ListingKind.Achievement, a.Title, a.Keywords, a.Abstract, a.Industry, a.Region, a.Discipline, a.Trl)
        {
            PriceLow = a.AskingPrice,
            PriceHigh = a.AskingPrice,
            CooperationModes = a.CooperationModes,
            Identifiers = a.IpNumber ?? "",
            Status = "PUBLISHED",
            IpNumber = a.IpNumber,
            InstitutionId = a.InstitutionId,
        };

    public static ListingDocument From(Expert e) =>
        new(e.Id, ListingKind.Expert, $"{e.Name} {e.Title}".Trim(), [.. e.ResearchFields, .. e.Keywords], e.Bio, e.Industry, e.Region, e.Discipline, null)
        {
            CooperationModes = CooperationModes.Consulting | CooperationModes.JointDevelopment,
            Status = e.OpenToProjects ? "OPEN" : "BUSY",
            InstitutionId = e.InstitutionId,
        };

    public static ListingDocument From(Enterprise e) =>
        new(e.Id, ListingKind.Enterprise, e.Name, [], e.Description, e.Industry, e.Region, "", null) { Status = "ACTIVE" };
}
