using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>One result as users see it: what it is, its score, and why it ranks there.</summary>
public sealed record SearchHit(Guid Id, ListingKind Kind, string Title, double Score, Explanation Explanation)
{
    /// <summary>How many listings the hit stands for: itself and its possible duplicates, folded into it (1 when none).</summary>
    public int DuplicateGroupSize { get; init; } = 1;
}
