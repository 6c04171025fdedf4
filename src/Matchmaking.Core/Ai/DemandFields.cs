namespace Matchmaking.Core.Ai;

/// <summary>What intake makes of a colloquial demand; <see cref="Source"/> says whether a chat model or the offline analysis did.</summary>
public sealed record DemandFields(
    string Problem,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> TechnicalFields,
    string? Industry,
    string Source);
