namespace Matchmaking.Core.Domain;

/// <summary>One party of a deal and the role under which it is paid.</summary>
public sealed class DealParty
{
    public Guid Id { get; set; }

    public Guid DealId { get; set; }

    public PartyRole Role { get; set; }

    public required string Name { get; set; }

    /// <summary>The subject or listing id that identifies the payee, when it has one.</summary>
    public string? Reference { get; set; }
}
