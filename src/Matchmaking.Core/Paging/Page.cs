namespace Matchmaking.Core.Paging;

/// <summary>One page of a list: the items, where they start, and how many there are in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;
}
