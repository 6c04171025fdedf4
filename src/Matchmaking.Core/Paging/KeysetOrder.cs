using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Paging;

/// <summary>
/// An order over one key and the id as tie-break, paged by keyset: a cursor holds the key and id of an
/// item, and the next page is "after that item in this order" — stable under inserts and deletes,
/// unlike an offset. Comparisons run in SQL on both providers (Guid through CompareTo, which EF Core
/// translates to a plain comparison; a C# Guid has no operator).
/// </summary>
public sealed class KeysetOrder<T, TKey>(string name, Expression<Func<T, TKey>> key, bool descending, Expression<Func<T, Guid>> id)
    : IKeysetOrder<T>
{
    private static readonly MethodInfo GuidCompareTo = typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly Func<T, TKey> keyOf = key.Compile();
    private readonly Func<T, Guid> idOf = id.Compile();

    public string Name => name;

    public async Task<Slice<T>> PageAsync(IQueryable<T> query, Window window, CancellationToken ct)
    {
        int total = await query.CountAsync(ct);
        bool reverse = window.Backwards;
        string? from = reverse ? window.Before : window.After;
        IQueryable<T> ordered = Order(query, reverse);
        if (from is not null)
        {
            var (k, i) = Decode(from);
            ordered = ordered.Where(Beyond(k, i, reverse));
        }

        var items = await ordered.Take(window.Size + 1).ToListAsync(ct);
        bool more = items.Count > window.Size;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        if (reverse)
        {
            items.Reverse();
        }

        // Relay: with first/after, hasPreviousPage may say whether an `after` was given; with last/before
        // the same holds for hasNextPage. Both cost nothing and never claim a page that is not there.
        return new Slice<T>(items, items.Select(Encode).ToList(), total,
            HasNextPage: reverse ? from is not null : more,
            HasPreviousPage: reverse ? more : from is not null);
    }

    private IOrderedQueryable<T> Order(IQueryable<T> query, bool reverse)
    {
        bool down = descending != reverse;
        var ordered = down ? query.OrderByDescending(key) : query.OrderBy(key);
        return reverse ? ordered.ThenByDescending(id) : ordered.ThenBy(id);
    }

    /// <summary>key beyond k, or key equal to k and id beyond i, "beyond" in the direction of reading.</summary>
    private Expression<Func<T, bool>> Beyond(TKey k, Guid i, bool reverse)
    {
        var item = key.Parameters[0];
        var keyBody = key.Body;
        var idBody = new Rebind(id.Parameters[0], item).Visit(id.Body);
        bool keyDown = descending != reverse;
        var keyValue = Captured(k);
        var idValue = Captured(i);
        var keyBeyond = Compare(keyBody, keyValue, keyDown ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        var idBeyond = Compare(idBody, idValue, reverse ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        var body = Expression.OrElse(keyBeyond, Expression.AndAlso(Expression.Equal(keyBody, keyValue), idBeyond));
        return Expression.Lambda<Func<T, bool>>(body, item);
    }

    /// <summary>
    /// The cursor's value as a closure field, which EF Core sends as a parameter; a constant would be
    /// written into the SQL text, where a NUL in a forged title or a NaN score breaks the statement.
    /// </summary>
    private static Expression Captured<TValue>(TValue value) => ((Expression<Func<TValue>>)(() => value)).Body;

    private static Expression Compare(Expression left, Expression right, ExpressionType op)
    {
        if (left.Type == typeof(Guid))
        {
            return Expression.MakeBinary(op, Expression.Call(left, GuidCompareTo, right), Expression.Constant(0));
        }

        if (left.Type == typeof(string))
        {
            return Expression.MakeBinary(op, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }

        return Expression.MakeBinary(op, left, right);
    }

    private string Encode(T item)
    {
        string json = JsonSerializer.Serialize(new object?[] { name, Text(keyOf(item)), idOf(item).ToString("N") });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private (TKey Key, Guid Id) Decode(string cursor)
    {
        try
        {
            string base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = JsonSerializer.Deserialize<string?[]>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            if (parts is [{ } order, { } text, { } guid] && Guid.TryParseExact(guid, "N", out Guid itemId))
            {
                if (order != name)
                {
                    throw new DomainException(ErrorCodes.BadUserInput, "the cursor was handed out for another orderBy; start again from the first page.");
                }

                return (Parse(text), itemId);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or OverflowException or ArgumentException)
        {
            // Falls through to the one error below: a cursor is opaque, so every bad one reads the same.
        }

        throw new DomainException(ErrorCodes.BadUserInput, "the cursor is not one this API handed out.");
    }

    private static string Text(TKey value) => value switch
    {
        DateTimeOffset t => t.UtcTicks.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    private static TKey Parse(string text)
    {
        // No item has a NaN or infinite score, nor a key no column can hold (PostgreSQL refuses NUL in text).
        object value = typeof(TKey) == typeof(DateTimeOffset) ? new DateTimeOffset(long.Parse(text, CultureInfo.InvariantCulture), TimeSpan.Zero)
            : typeof(TKey) == typeof(double) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) is var d && double.IsFinite(d) ? d : throw new FormatException("not a finite number")
            : typeof(TKey) == typeof(string) ? UnicodeText.Problem(text) is null ? text : throw new FormatException("not text a title can hold")
            : Convert.ChangeType(text, typeof(TKey), CultureInfo.InvariantCulture);
        return (TKey)value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>A keyset order without its key type, so that callers can pick one by name.</summary>
public interface IKeysetOrder<T>
{
    string Name { get; }

    Task<Slice<T>> PageAsync(IQueryable<T> query, Window window, CancellationToken ct);
}
