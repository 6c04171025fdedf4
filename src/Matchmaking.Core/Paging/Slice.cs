namespace Matchmaking.Core.Paging;

/// <summary>
/// One page of a list, read forwards (first/after) or backwards (last/before): the items in list order,
/// each with its cursor, the total, and whether there is more on either side.
/// </summary>
public sealed record Slice<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Cursors, int TotalCount, bool HasNextPage, bool HasPreviousPage);

/// <summary>Which part of a list a client asked for: at most one of First/Last, cursors as handed out.</summary>
public sealed record Window(int? First, string? After, int? Last, string? Before)
{
    public bool Backwards => Last is not null;

    public int Size => Last ?? First ?? 0;
}
