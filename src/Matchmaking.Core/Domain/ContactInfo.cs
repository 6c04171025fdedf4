namespace Matchmaking.Core.Domain;

/// <summary>Private contact details. Shown only to admins, the owner and, from stage introduced, the other party.</summary>
public sealed class ContactInfo
{
    public string? Person { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
