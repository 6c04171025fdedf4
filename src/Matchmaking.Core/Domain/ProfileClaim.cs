namespace Matchmaking.Core.Domain;

/// <summary>
/// A user's request to own a seeded enterprise or expert profile (认领申请). Reviewed by an admin: approval makes the
/// user the profile's owner (only while it has none), a rejection keeps it as it was. Never deleted.
/// </summary>
public sealed class ProfileClaim
{
    public Guid Id { get; set; }

    /// <summary>ENTERPRISE or EXPERT.</summary>
    public ListingKind ListingKind { get; set; }

    public Guid ListingId { get; set; }

    /// <summary>Who asks to own it (their JWT subject).</summary>
    public required string Subject { get; set; }

    /// <summary>What the user offers as proof, e.g. "营业执照上的法定代表人".</summary>
    public string? Note { get; set; }

    public ClaimStatus Status { get; set; }

    public string? ReviewerSubject { get; set; }

    public string? ReviewNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }
}
