namespace Matchmaking.Core.Search.Evaluation;

public sealed record BeirDocument(string Id, string Title, string Text, string Discipline)
{
    /// <summary>The document's institution from its metadata (the seed set writes it), for the exposure control's per-institution cap.</summary>
    public Guid? InstitutionId { get; init; }
}
