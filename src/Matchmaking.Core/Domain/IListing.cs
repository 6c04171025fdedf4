namespace Matchmaking.Core.Domain;

/// <summary>A searchable listing. Every change to one is written to the change log in the same transaction.</summary>
public interface IListing
{
    Guid Id { get; set; }

    ListingKind Kind { get; }

    DateTimeOffset CreatedAt { get; set; }

    DateTimeOffset UpdatedAt { get; set; }
}
