using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Matchmaking.Api.Tests;

/// <summary>
/// Counts the database commands run for requests that carry a given header, so background work
/// (the index catch-up) never pollutes the count.
/// </summary>
public sealed class CommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Count-Commands";

    private readonly ConcurrentDictionary<string, int> counts = new();

    public int CountFor(string tag) => counts.GetValueOrDefault(tag);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } tag)
        {
            counts.AddOrUpdate(tag, 1, (_, n) => n + 1);
        }
    }
}
