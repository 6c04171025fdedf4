namespace Matchmaking.Core.Domain;

/// <summary>One party of a deal and the role under which it is paid.</summary>
public sealed class DealParty
{
    public Guid Id { get; set; }

    public Guid DealId { get; set; }

    public PartyRole Role { get; set; }

    public required string Name { get; set; }

    /// <summary>The payee key: the user's subject, "institution:{id}" for an institution, or (older deals) free text.</summary>
    public string? Reference { get; set; }

    /// <summary>The user (JWT subject) this party is, when it is a user: derived from the match or added by the broker.</summary>
    public string? Subject { get; set; }

    /// <summary>The institution record this party is, when it is one.</summary>
    public Guid? InstitutionId { get; set; }

    /// <summary>This party's part of its role's share in basis points (e.g. three inventors 5000/3000/2000); null when it is the role's only party.</summary>
    public int? SubShareBasisPoints { get; set; }
}
