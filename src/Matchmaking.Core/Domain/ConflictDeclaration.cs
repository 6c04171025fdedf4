namespace Matchmaking.Core.Domain;

/// <summary>
/// A declared relation between a demanding enterprise and a supply-side party (申报的利益冲突 / 关联方): an
/// achievement, an expert or an institution. The conflict rules read the active ones; a withdrawn declaration is
/// kept (who withdrew it, when) so the record of what was declared is never lost.
/// </summary>
public sealed class ConflictDeclaration
{
    public Guid Id { get; set; }

    public Guid EnterpriseId { get; set; }

    public DeclaredPartyKind PartyKind { get; set; }

    /// <summary>The achievement's, expert's or institution's id.</summary>
    public Guid PartyId { get; set; }

    public DeclaredRelation Relation { get; set; }

    public string? Note { get; set; }

    /// <summary>Who declared it: the enterprise's owner, the party's owner or an admin.</summary>
    public required string DeclaredBy { get; set; }

    public DateTimeOffset DeclaredAt { get; set; }

    public string? WithdrawnBy { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }
}
