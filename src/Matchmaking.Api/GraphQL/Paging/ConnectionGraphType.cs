using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Matchmaking.Core.Paging;

namespace Matchmaking.Api.GraphQL.Paging;

/// <summary>A connection's page: its edges, paging info and the total, whatever the node type.</summary>
public sealed record ConnectionPage(IReadOnlyList<ConnectionEdge> Edges, PageInfo PageInfo, int TotalCount)
{
    public static ConnectionPage From<T>(Slice<T> slice) => new(
        slice.Items.Select((item, i) => new ConnectionEdge(slice.Cursors[i], item!)).ToList(),
        new PageInfo
        {
            HasNextPage = slice.HasNextPage,
            HasPreviousPage = slice.HasPreviousPage,
            StartCursor = slice.Cursors.Count > 0 ? slice.Cursors[0] : null,
            EndCursor = slice.Cursors.Count > 0 ? slice.Cursors[^1] : null,
        },
        slice.TotalCount);
}

/// <summary>One edge: a node and the cursor that pages from it.</summary>
public sealed record ConnectionEdge(string Cursor, object Node);

/// <summary>XConnection { edges: [XEdge!]!, pageInfo: PageInfo!, totalCount: Int! } for node type X.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<ConnectionPage>
    where TNodeType : IGraphType, new()
{
    public ConnectionGraphType()
    {
        string node = NodeName.Of<TNodeType>();
        Name = node + "Connection";
        Description = $"A page of {node} objects (Relay cursor connection): edges with cursors, paging info and the total count.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges").Description("The page's edges, in list order.").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Cursors of the first and last edge, and whether there is more on either side.").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many objects the whole list has, before paging.").Resolve(ctx => ctx.Source.TotalCount);
    }
}

/// <summary>XEdge { cursor: String!, node: X! }.</summary>
public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<ConnectionEdge>
    where TNodeType : IGraphType, new()
{
    public EdgeGraphType()
    {
        string node = NodeName.Of<TNodeType>();
        Name = node + "Edge";
        Description = $"One {node} in a connection, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque; pass as `after` (or `before`) to page from this edge.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {node}.").Resolve(ctx => ctx.Source.Node);
    }
}

internal static class NodeName
{
    private static readonly Dictionary<Type, string> Names = [];

    public static string Of<T>()
        where T : IGraphType, new()
    {
        lock (Names)
        {
            if (!Names.TryGetValue(typeof(T), out string? name))
            {
                name = new T().Name;
                Names[typeof(T)] = name;
            }

            return name;
        }
    }
}
