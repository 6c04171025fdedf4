namespace Matchmaking.Core.Domain;

/// <summary>A university, research institute or lab that owns achievements and employs experts (机构).</summary>
public sealed class Institution
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public InstitutionKind InstitutionKind { get; set; }

    public string Region { get; set; } = "";
}
