using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Paging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL.Paging;

/// <summary>
/// Relay cursor connections, one shape for every list: first/after forwards, last/before backwards,
/// edges with opaque cursors, pageInfo and totalCount. Lists in a stable order page by keyset
/// (<see cref="KeysetOrder{T,TKey}"/>); ranked results, whose order is the engine's, page by position.
/// </summary>
internal static class Connections
{
    private const string OffsetPrefix = "o:";

    /// <summary>Declares first/after/last/before on a connection field.</summary>
    public static FieldBuilder<TSource, object> Paged<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<IntGraphType>("first", "Forwards: at most this many edges, 1–100 (default 20 when neither first nor last is given).")
        .Argument<StringGraphType>("after", "Forwards: the edges after this cursor (an edge's `cursor` or pageInfo.endCursor).")
        .Argument<IntGraphType>("last", "Backwards: at most this many edges, 1–100, ending at `before` (or at the end of the list).")
        .Argument<StringGraphType>("before", "Backwards: the edges before this cursor (pageInfo.startCursor of the page after).");

    public static Window Read(IResolveFieldContext ctx)
    {
        var options = ctx.Service<IOptions<GraphQLOptions>>().Value;
        int? first = ctx.GetArgument<int?>("first");
        int? last = ctx.GetArgument<int?>("last");
        string? after = ctx.GetArgument<string?>("after");
        string? before = ctx.GetArgument<string?>("before");
        if (first is not null && last is not null)
        {
            throw new DomainException(ErrorCodes.BadUserInput, "give first (with after) or last (with before), not both.", "first");
        }

        if (last is null && before is not null)
        {
            throw new DomainException(ErrorCodes.BadUserInput, "before pages backwards and needs last.", "before");
        }

        if (last is not null && after is not null)
        {
            throw new DomainException(ErrorCodes.BadUserInput, "after pages forwards and needs first.", "after");
        }

        foreach (var (name, size) in new[] { ("first", first), ("last", last) })
        {
            if (size is < 1 || size > options.MaxPageSize)
            {
                throw new DomainException(ErrorCodes.BadUserInput, $"{name} must be between 1 and {options.MaxPageSize}.", name);
            }
        }

        return new Window(last is null ? first ?? options.DefaultPageSize : null, after, last, before);
    }

    /// <summary>Where a position-paged window starts and how many it takes; <paramref name="total"/> is needed only for `last` without `before`.</summary>
    public static (int Offset, int Count) Positions(Window window, int maxOffset, int? total = null)
    {
        int offset;
        int count = window.Size;
        if (!window.Backwards)
        {
            offset = window.After is { } after ? DecodeOffset(after, "after") + 1 : 0;
        }
        else
        {
            int end = window.Before is { } before ? DecodeOffset(before, "before")
                : total ?? throw new DomainException(ErrorCodes.BadUserInput, "last without before is not supported on ranked results; page forwards with first.", "last");
            offset = Math.Max(0, end - window.Size);
            count = end - offset;
        }

        if (offset > maxOffset)
        {
            throw new DomainException(ErrorCodes.BadUserInput, $"the page would start past item {maxOffset}, the deepest a page may start here; narrow the query instead.", window.Backwards ? "before" : "after");
        }

        return (offset, count);
    }

    /// <summary>A position-paged slice: items from <paramref name="offset"/>, out of <paramref name="total"/>.</summary>
    public static Slice<T> AtPositions<T>(IReadOnlyList<T> items, int offset, int total) =>
        new(items, items.Select((_, i) => EncodeOffset(offset + i)).ToList(), total,
            HasNextPage: offset + items.Count < total, HasPreviousPage: offset > 0);

    /// <summary>A whole small list (a deal's payments, a team) paged in memory by position.</summary>
    public static Slice<T> InMemory<T>(IResolveFieldContext ctx, IReadOnlyList<T> all)
    {
        var window = Read(ctx);
        var (offset, count) = Positions(window, int.MaxValue, all.Count);
        var items = all.Skip(offset).Take(count).ToList();
        return AtPositions(items, offset, all.Count);
    }

    /// <summary>A keyset order chosen by the orderBy argument, paged over <paramref name="query"/>.</summary>
    public static Task<Slice<T>> KeysetAsync<T>(IResolveFieldContext ctx, IQueryable<T> query, IKeysetOrder<T> order) =>
        order.PageAsync(query, Read(ctx), ctx.CancellationToken);

    public static string EncodeOffset(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(OffsetPrefix + offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    private static int DecodeOffset(string cursor, string argument)
    {
        try
        {
            string base64 = cursor.PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=');
            string text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            if (text.StartsWith(OffsetPrefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(OffsetPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int offset) && offset < int.MaxValue)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the one error below: a cursor is opaque, so every bad one reads the same.
        }

        throw new DomainException(ErrorCodes.BadUserInput, $"{argument} is not a cursor this list handed out.", argument);
    }
}
