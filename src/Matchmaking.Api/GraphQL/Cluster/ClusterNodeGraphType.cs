using GraphQL.Types;
using Matchmaking.Core.Cluster;

namespace Matchmaking.Api.GraphQL.Cluster;

public sealed class ClusterNodeGraphType : ObjectGraphType<NodeReport>
{
    public ClusterNodeGraphType()
    {
        Name = "ClusterNode";
        Description = "One API node and its own index replica, as the node last reported it (its heartbeat).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The node's name (Node:Name).").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("indexGeneration").Description("The live index folder; it changes with every rebuild.").Resolve(ctx => ctx.Source.IndexGeneration);
        Field<NonNullGraphType<LongGraphType>>("appliedSequence").Description("The change-log sequence the node's index has applied and committed.").Resolve(ctx => ctx.Source.AppliedSequence);
        Field<NonNullGraphType<LongGraphType>>("lag").Description("Change-log entries the node had not applied at its last report (head sequence minus applied sequence).").Resolve(ctx => ctx.Source.Lag);
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Listings in the node's index.").Resolve(ctx => ctx.Source.Documents);
        Field<NonNullGraphType<LongGraphType>>("lastCommand").Description("The last broadcast command (rebuild, model reload) the node handled.").Resolve(ctx => ctx.Source.LastCommand);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Description("When the node's process started.").Resolve(ctx => ctx.Source.StartedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("seenAt").Description("The node's last report.").Resolve(ctx => ctx.Source.SeenAt);
        Field<NonNullGraphType<BooleanGraphType>>("alive").Description("Heard from within Node:AliveWindow.").Resolve(ctx => ctx.Source.Alive);
    }
}
