namespace Matchmaking.Core.Domain;

/// <summary>A company that posts demands (企业).</summary>
public sealed class Enterprise : IListing
{
    public Guid Id { get; set; }

    public ListingKind Kind => ListingKind.Enterprise;

    public required string Name { get; set; }

    /// <summary>Unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters with a check character.</summary>
    public required string CreditCode { get; set; }

    public Industry Industry { get; set; }

    public string Region { get; set; } = "";

    public EnterpriseSize Size { get; set; }

    public string Description { get; set; } = "";

    /// <summary>The subject (user id) that owns this enterprise account.</summary>
    public string? OwnerSubject { get; set; }

    public ContactInfo Contact { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
