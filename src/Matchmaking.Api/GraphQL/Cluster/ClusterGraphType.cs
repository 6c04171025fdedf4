using GraphQL.Types;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Search.Index;

namespace Matchmaking.Api.GraphQL.Cluster;

/// <summary>The cluster view: the shared change log's head and every node that has reported.</summary>
public sealed record ClusterView(string ThisNode, long HeadSequence, IReadOnlyList<NodeReport> Nodes, RebuildProgress? Rebuild = null);

public sealed class ClusterGraphType : ObjectGraphType<ClusterView>
{
    public ClusterGraphType()
    {
        Name = "Cluster";
        Description = "The API nodes on this database, each with its own index replica fed from the shared change log.";
        Field<NonNullGraphType<StringGraphType>>("thisNode").Description("The node that answered this request.").Resolve(ctx => ctx.Source.ThisNode);
        Field<NonNullGraphType<LongGraphType>>("headSequence").Description("The newest change-log sequence in the database.").Resolve(ctx => ctx.Source.HeadSequence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClusterNodeGraphType>>>>("nodes").Description("Every node that has reported, by name.").Resolve(ctx => ctx.Source.Nodes);
        Field<RebuildProgressGraphType>("rebuild").Description("The index rebuild running on the answering node (`thisNode`), as far as it has got; null when none runs.").Resolve(ctx => ctx.Source.Rebuild);
        RankerFields.AddTo(this);
    }
}
