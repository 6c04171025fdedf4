using System.Text;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Paging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL;

/// <summary>Relay paging: first/after in, edges with opaque cursors, pageInfo and totalCount out.</summary>
internal static class Connections
{
    private const string Prefix = "cursor:";

    /// <param name="maxOffset">Deepest page start; <see cref="GraphQLOptions.MaxOffset"/> when null.</param>
    public static (int Offset, int First) Read(IResolveFieldContext ctx, int? maxOffset = null)
    {
        var options = ctx.Service<IOptions<GraphQLOptions>>().Value;
        int deepest = maxOffset ?? options.MaxOffset;
        int first = ctx.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 1 || first > options.MaxPageSize)
        {
            throw new DomainException(ErrorCodes.BadUserInput, $"first must be between 1 and {options.MaxPageSize}.");
        }

        int offset = ctx.GetArgument<string?>("after") is { } after ? Decode(after) + 1 : 0;
        if (offset > deepest)
        {
            throw new DomainException(ErrorCodes.BadUserInput, $"after points past item {deepest}, the deepest a page may start here; narrow the query instead.");
        }

        return (offset, first);
    }

    public static Connection<T> From<T>(Page<T> page) => new()
    {
        TotalCount = page.TotalCount,
        Edges = page.Items.Select((item, i) => new Edge<T> { Node = item, Cursor = Encode(page.Offset + i) }).ToList(),
        PageInfo = new PageInfo
        {
            HasNextPage = page.HasNextPage,
            HasPreviousPage = page.HasPreviousPage,
            StartCursor = page.Items.Count > 0 ? Encode(page.Offset) : null,
            EndCursor = page.Items.Count > 0 ? Encode(page.Offset + page.Items.Count - 1) : null,
        },
    };

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    private static int Decode(string cursor)
    {
        try
        {
            string text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Prefix.Length), out int offset) && offset is >= 0 and < int.MaxValue)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the one error below: a cursor is opaque, so every bad one reads the same.
        }

        throw new DomainException(ErrorCodes.BadUserInput, "after is not a cursor this API handed out.");
    }
}
