using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Paging;

public static class PagingExtensions
{
    /// <summary>
    /// Two round trips (count, then the slice). Offset paging keeps every orderBy cheap to support;
    /// the cursor the API hands out hides the offset, so keyset paging can replace it later.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int offset, int count, CancellationToken ct)
    {
        int total = await query.CountAsync(ct);
        var items = offset >= total ? [] : await query.Skip(offset).Take(count).ToListAsync(ct);
        return new Page<T>(items, offset, total);
    }
}
