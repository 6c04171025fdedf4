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
    public static ListingDocument From(Demand d) =>
        new(d.Id, ListingKind.Demand, d.Title, d.Keywords, d.Description, d.Industry, d.Region, "", d.RequiredTrl);

    public static ListingDocument From(Achievement a) =>
        new(a.Id, ListingKind.Achievement, a.Title, a.Keywords, a.Abstract, a.Industry, a.Region, a.Discipline, a.Trl);

    public static ListingDocument From(Expert e) =>
        new(e.Id, ListingKind.Expert, $"{e.Name} {e.Title}".Trim(), [.. e.ResearchFields, .. e.Keywords], e.Bio, e.Industry, e.Region, e.Discipline, null);

    public static ListingDocument From(Enterprise e) =>
        new(e.Id, ListingKind.Enterprise, e.Name, [], e.Description, e.Industry, e.Region, "", null);
}
